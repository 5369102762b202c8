package hako.clusters;

import hako.customers.MetricRules;
import hako.customers.MetricSnapshot;
import hako.store.ShopDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;

/**
 * The 20-customer shop of {@code ShopSummaryTest}, small enough to count by hand, stored as a metric
 * snapshot at 2024-06-30 under the default rules.
 *
 * <pre>
 * customer  F  M       R    cluster
 * C01       5  50,000   10  top1
 * C02       2  40,000  395  top10
 * C03       1  30,000    5  top20
 * C04       3  24,000   20  top20
 * C05       4  20,000  487  repeater
 * C06       2   6,000   90  two_three
 * C07       2   4,000   46  two_three
 * C08       1   1,500   90  one_time
 * C09–C20   1   1,000  0, 29, 30, 31, 60, 61, 365, 366, 577, 136, 15, 10   one_time
 * </pre>
 */
final class HandBuiltShop {

    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    private final Connection db;
    private int orderNo;

    private HandBuiltShop(Connection db) {
        this.db = db;
    }

    /** Builds the shop in a new database under {@code dir} and stores its snapshot. */
    static Connection open(Path dir) throws Exception {
        HandBuiltShop shop = new HandBuiltShop(ShopDatabase.open(dir.resolve("shop.duckdb")));
        shop.fill();
        MetricSnapshot.take(shop.db, AS_OF, MetricRules.DEFAULTS);
        return shop.db;
    }

    private void fill() throws Exception {
        purchases("C01", 10_000, "2024-01-10", "2024-02-10", "2024-03-10", "2024-04-10", "2024-06-20");
        purchases("C02", 20_000, "2023-05-01", "2023-06-01");
        purchases("C03", 30_000, "2024-06-25");
        order("C03", "2024-06-28", "99999", true);
        purchases("C04", 8_000, "2024-03-01", "2024-05-30", "2024-06-10");
        purchases("C05", 5_000, "2023-01-10", "2023-01-20", "2023-02-01", "2023-03-01");
        purchases("C06", 3_000, "2024-01-01", "2024-04-01");
        order("C06", "2024-02-01", "-500", false);
        purchases("C07", 2_000, "2024-04-02", "2024-05-15");
        order("C07", "2024-07-02", "2000", false);
        purchases("C08", 1_500, "2024-04-01");
        order("C08", "2024-04-20", "3000", true);
        String[] oneTimers = {"2024-06-30", "2024-06-01", "2024-05-31", "2024-05-30", "2024-05-01", "2024-04-30",
            "2023-07-01", "2023-06-30", "2022-12-01", "2024-02-15", "2024-06-15", "2024-06-20"};
        for (int i = 0; i < oneTimers.length; i++) {
            purchases(String.format("C%02d", 9 + i), 1_000, oneTimers[i]);
        }
        order(null, "2024-06-01", "7000", false);
    }

    private void purchases(String customer, int amount, String... dates) throws Exception {
        for (String date : dates) {
            order(customer, date, Integer.toString(amount), false);
        }
    }

    private void order(String customer, String date, String amount, boolean cancelled) throws Exception {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO orders VALUES (?, ?, CAST(? AS DATE) + INTERVAL 12 HOUR, CAST(? AS DATE),"
                        + " CAST(? AS DECIMAL(18, 2)), ?, NULL, 1)")) {
            p.setString(1, "O" + ++orderNo);
            p.setString(2, customer);
            p.setString(3, date);
            p.setString(4, date);
            p.setString(5, amount);
            p.setBoolean(6, cancelled);
            p.executeUpdate();
        }
    }
}
