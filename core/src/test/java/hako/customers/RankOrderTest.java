package hako.customers;

import static org.assertj.core.api.Assertions.assertThat;

import hako.store.ShopDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rank = M desc, then F desc, then last purchase desc, then customer id asc, with M, F and the
 * dates read back unchanged, whatever their size or era.
 */
class RankOrderTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    @TempDir
    Path dir;
    Connection db;

    @BeforeEach
    void open() throws Exception {
        db = ShopDatabase.open(dir.resolve("shop.duckdb"));
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    void order(String customer, String date, String amount) throws Exception {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO orders SELECT 'O' || (SELECT count(*) FROM orders),"
                + " ?, CAST(?::DATE AS TIMESTAMP), ?::DATE, ?::DECIMAL(18, 2), false, NULL, 1")) {
            p.setString(1, customer);
            p.setString(2, date);
            p.setString(3, date);
            p.setString(4, amount);
            p.executeUpdate();
        }
    }

    List<String> table() throws Exception {
        CustomerMetrics.compute(db, AS_OF, MetricRules.DEFAULTS);
        List<String> rows = new ArrayList<>();
        CustomerTable.forEach(db, r -> rows.add(r.rank() + " " + r.customerId() + " " + r.frequency() + " "
                + r.monetary().toPlainString() + " " + r.firstPurchase() + " " + r.lastPurchase()));
        return rows;
    }

    @Test
    void customersTiedOnMFAndLastPurchaseRankByTheirIdsInByteOrder() throws Exception {
        for (String id : List.of("C9", "b", "C10", "B", "C1")) {
            order(id, "2024-06-01", "500");
        }
        assertThat(table()).containsExactly(
                "1 B 1 500.00 2024-06-01 2024-06-01",
                "2 C1 1 500.00 2024-06-01 2024-06-01",
                "3 C10 1 500.00 2024-06-01 2024-06-01",
                "4 C9 1 500.00 2024-06-01 2024-06-01",
                "5 b 1 500.00 2024-06-01 2024-06-01");
    }

    @Test
    void mDecidesFirstThenFThenTheLastPurchase() throws Exception {
        order("A", "2024-01-01", "300");                 // M 300, F 1
        order("B", "2024-01-01", "100");                 // M 300, F 3, last 2024-03-01
        order("B", "2024-02-01", "100");
        order("B", "2024-03-01", "100");
        order("C", "2024-01-01", "150");                 // M 300, F 2, last 2024-05-01
        order("C", "2024-05-01", "150");
        order("D", "2024-01-01", "150");                 // M 300, F 2, last 2024-04-01
        order("D", "2024-04-01", "150");
        order("E", "2024-06-01", "300.01");              // M 300.01
        assertThat(table()).containsExactly(
                "1 E 1 300.01 2024-06-01 2024-06-01",
                "2 B 3 300.00 2024-01-01 2024-03-01",
                "3 C 2 300.00 2024-01-01 2024-05-01",
                "4 D 2 300.00 2024-01-01 2024-04-01",
                "5 A 1 300.00 2024-01-01 2024-01-01");
    }

    @Test
    void theLargestAmountsAndDatesBefore1970KeepTheirValuesAndOrder() throws Exception {
        order("big", "2024-06-01", "9999999999999999.99");
        order("showa", "1965-04-01", "0.01");
        order("heisei", "1989-01-08", "0.01");
        order("old", "1900-01-01", "0.01");
        order("old", "1900-01-02", "0.01");
        assertThat(table()).containsExactly(
                "1 big 1 9999999999999999.99 2024-06-01 2024-06-01",
                "2 old 2 0.02 1900-01-01 1900-01-02",
                "3 heisei 1 0.01 1989-01-08 1989-01-08",
                "4 showa 1 0.01 1965-04-01 1965-04-01");
    }
}
