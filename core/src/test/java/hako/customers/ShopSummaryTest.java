package hako.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import hako.store.ShopDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary of a shop small enough to count by hand: 20 customers at 2024-06-30, default rules.
 * 2024-04-01 is exactly 90 days before as-of; 2023-07-01 exactly 365 (2024 is a leap year).
 *
 * <pre>
 * customer  F  M       first       last        R    cluster    stage             F2
 * C01       5  50,000  2024-01-10  2024-06-20   10  top1       retention         converted (day 31)
 * C02       2  40,000  2023-05-01  2023-06-01  395  top10      churn, dormant    converted (day 31)
 * C03       1  30,000  2024-06-25  2024-06-25    5  top20      acquisition       not eligible
 * C04       3  24,000  2024-03-01  2024-06-10   20  top20      activation        converted (day 90)
 * C05       4  20,000  2023-01-10  2023-03-01  487  repeater   churn, dormant    converted (day 10)
 * C06       2   6,000  2024-01-01  2024-04-01   90  two_three  churn             not converted (day 91)
 * C07       2   4,000  2024-04-02  2024-05-15   46  two_three  activation        not eligible (89 days)
 * C08       1   1,500  2024-04-01  2024-04-01   90  one_time   churn             not converted (eligible at day 90)
 * C09–C20   1   1,000 each, one purchase: R 0, 29, 30 (acquisition), 31, 60 (activation), 61, 365,
 *           366 (dormant), 577 (dormant), 136 (churn), 15, 10 (acquisition); C15–C18 are F2-eligible.
 * </pre>
 *
 * Tiers of N = 20: TOP1% = rank ≤ ceil(0.2) = 1, TOP10% ≤ 2, TOP20% ≤ 4. Orders that are cancelled,
 * have net amount ≤ 0 or come after as-of are in the data to prove they count nowhere.
 */
class ShopSummaryTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    @TempDir
    Path dir;
    Connection db;
    int orderNo;

    @BeforeEach
    void buildShop() throws Exception {
        db = ShopDatabase.open(dir.resolve("shop.duckdb"));
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
        order("C08", "2024-05-01", "0", false);
        String[] oneTimers = {"2024-06-30", "2024-06-01", "2024-05-31", "2024-05-30", "2024-05-01", "2024-04-30",
            "2023-07-01", "2023-06-30", "2022-12-01", "2024-02-15", "2024-06-15", "2024-06-20"};
        for (int i = 0; i < oneTimers.length; i++) {
            purchases(String.format("C%02d", 9 + i), 1_000, oneTimers[i]);
        }
        order(null, "2024-06-01", "7000", false);
        order(null, "2024-03-03", "2500.50", false);
        order(null, "2024-06-02", "5000", true);
        order(null, "2024-07-05", "9000", false);
        order(null, "2024-05-05", "-100", false);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    ShopSummary summary() throws Exception {
        CustomerMetrics.compute(db, AS_OF, MetricRules.DEFAULTS);
        return ShopSummary.read(db, AS_OF, MetricRules.DEFAULTS);
    }

    @Test
    void countsCustomersPurchasesAndSalesOfPurchasesOnly() throws Exception {
        ShopSummary s = summary();
        assertThat(s.asOf()).isEqualTo(AS_OF);
        assertThat(s.customers()).isEqualTo(20);
        assertThat(s.orders()).isEqualTo(5 + 2 + 1 + 3 + 4 + 2 + 2 + 1 + 12);
        assertThat(s.sales()).isEqualByComparingTo("187500");
    }

    @Test
    void repeatRateIsCustomersWithTwoOrMorePurchases() throws Exception {
        ShopSummary s = summary();
        assertThat(s.repeaters()).isEqualTo(6); // C01, C02, C04, C05, C06, C07
        assertThat(s.repeatRate()).isEqualTo(0.3);
    }

    @Test
    void f2CountsSecondPurchasesWithinNinetyDaysOfCustomersFirstBuyingAtLeastNinetyDaysAgo() throws Exception {
        ShopSummary s = summary();
        // eligible: C01, C02, C04, C05, C06, C08 (first purchase exactly 90 days ago), C15–C18;
        // not C07 (89 days ago) although it bought twice
        assertThat(s.f2Eligible()).isEqualTo(10);
        // converted: C01, C02, C05 and C04 at exactly day 90; not C06 at day 91, not C08 (its later
        // orders are cancelled or zero)
        assertThat(s.f2Converted()).isEqualTo(4);
        assertThat(s.f2Rate()).isEqualTo(0.4);
    }

    @Test
    void averagePurchaseCountAndOrderValue() throws Exception {
        ShopSummary s = summary();
        assertThat(s.averageFrequency()).isEqualTo(1.6); // 32 / 20
        assertThat(s.averageOrderValue()).isEqualTo(new BigDecimal("5859.38")); // 187,500 / 32 = 5,859.375
    }

    @Test
    void dormantIsRecencyOverThreeHundredSixtyFiveDays() throws Exception {
        assertThat(summary().dormant()).isEqualTo(4); // C02, C05, C16 (R 366), C17; not C15 (R 365)
    }

    @Test
    void purchasesWithoutACustomerAreCountedApart() throws Exception {
        ShopSummary s = summary();
        assertThat(s.unattributedOrders()).isEqualTo(2);
        assertThat(s.unattributedSales()).isEqualByComparingTo("9500.50");
    }

    @Test
    void everyClusterHasItsCustomersSalesAndShares() throws Exception {
        ShopSummary s = summary();
        assertGroup(s, s.clusters().get(Cluster.TOP1), 1, "50000", 0.05, 50_000 / 187_500.0);
        assertGroup(s, s.clusters().get(Cluster.TOP10), 1, "40000", 0.05, 40_000 / 187_500.0);
        assertGroup(s, s.clusters().get(Cluster.TOP20), 2, "54000", 0.10, 54_000 / 187_500.0);
        assertGroup(s, s.clusters().get(Cluster.ONE_TIME), 13, "13500", 0.65, 0.072);
        assertGroup(s, s.clusters().get(Cluster.TWO_THREE), 2, "10000", 0.10, 10_000 / 187_500.0);
        assertGroup(s, s.clusters().get(Cluster.REPEATER), 1, "20000", 0.05, 20_000 / 187_500.0);
    }

    @Test
    void everyStageHasItsCustomersSalesAndShares() throws Exception {
        ShopSummary s = summary();
        // C03, C09, C10, C11 (R 30), C19, C20
        assertGroup(s, s.stages().get(Stage.ACQUISITION), 6, "35000", 0.30, 35_000 / 187_500.0);
        // C04, C07, C12 (R 31), C13 (R 60)
        assertGroup(s, s.stages().get(Stage.ACTIVATION), 4, "30000", 0.20, 0.16);
        assertGroup(s, s.stages().get(Stage.RETENTION), 1, "50000", 0.05, 50_000 / 187_500.0);
        // C02, C05, C06, C08, C14 (R 61), C15, C16, C17, C18
        assertGroup(s, s.stages().get(Stage.CHURN_PREVENTION), 9, "72500", 0.45, 72_500 / 187_500.0);
    }

    @Test
    void refusesMetricsOfAnotherDate() throws Exception {
        CustomerMetrics.compute(db, AS_OF, MetricRules.DEFAULTS);
        assertThatThrownBy(() -> ShopSummary.read(db, AS_OF.minusDays(1), MetricRules.DEFAULTS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("are at 2024-06-30, not 2024-06-29");
    }

    @Test
    void refusesMetricsComputedUnderOtherRules() throws Exception {
        MetricRules longerWindow = new MetricRules(30, 60, 365, 4, BigDecimal.ONE, BigDecimal.TEN,
                new BigDecimal("20"), 120);
        CustomerMetrics.compute(db, AS_OF, longerWindow);
        assertThatThrownBy(() -> ShopSummary.read(db, AS_OF, MetricRules.DEFAULTS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("computed with");
        assertThat(ShopSummary.read(db, AS_OF, longerWindow).f2Eligible()).isEqualTo(9); // no longer C08
    }

    @Test
    void refusesWhenNoMetricsWereComputed() {
        assertThatThrownBy(() -> ShopSummary.read(db, AS_OF, MetricRules.DEFAULTS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no customer metrics");
    }

    static void assertGroup(ShopSummary s, ShopSummary.Group g, long customers, String sales, double share,
                            double salesShare) {
        assertThat(g.customers()).isEqualTo(customers);
        assertThat(g.sales()).isEqualByComparingTo(sales);
        assertThat(s.share(g)).isCloseTo(share, within(1e-12));
        assertThat(s.salesShare(g)).isCloseTo(salesShare, within(1e-12));
    }

    /** One purchase of {@code amount} on each date. */
    void purchases(String customer, int amount, String... dates) throws Exception {
        for (String date : dates) {
            order(customer, date, Integer.toString(amount), false);
        }
    }

    void order(String customer, String date, String amount, boolean cancelled) throws Exception {
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
