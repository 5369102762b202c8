package hako.analyses.nps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hako.testing.SmallShop;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Six answers by five customers (A answered twice), one after as-of, referrals from the customers master. */
class NpsReportTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

    @TempDir
    Path dir;
    SmallShop shop;

    @BeforeEach
    void shop() throws Exception {
        shop = new SmallShop(dir.resolve("shop.duckdb"));
        shop.purchases("A", 100, "2024-01-05").purchases("A", 200, "2024-02-05").purchases("B", 50, "2024-02-01")
                .purchases("C", 400, "2023-11-01", "2023-12-01", "2024-01-01").purchases("D", 10, "2024-02-02")
                .purchases("A", 5000, "2024-04-02");   // after as-of
        try (Statement s = shop.db().createStatement()) {
            s.execute("INSERT INTO nps_responses VALUES ('A', DATE '2024-01-10', 6, NULL, 2), ('A', DATE '2024-02-10', 10,"
                    + " 'また買います', 2), ('B', DATE '2024-02-29', 9, NULL, 2), ('C', DATE '2024-02-20', 7, NULL, 2),"
                    + " ('D', DATE '2024-03-01', 0, NULL, 2), ('E', DATE '2024-03-05', 8, NULL, 2),"
                    + " ('B', DATE '2024-04-01', 0, NULL, 2)");
            s.execute("INSERT INTO customers (customer_id, referred_by, import_id) VALUES ('X', 'A', 1), ('Y', 'A', 1),"
                    + " ('Z', 'C', 1), ('W', 'Q', 1)");
        }
    }

    @Test
    void npsOverallAndByMonth() throws Exception {
        NpsReport r = NpsReport.read(shop.db(), AS_OF);
        assertThat(r.overall()).isEqualTo(new NpsScore(null, 6, 2, 2, 2));
        assertThat(r.overall().nps()).isEqualTo(0.0);
        assertThat(r.months()).containsExactly(new NpsScore(YearMonth.of(2024, 1), 1, 0, 0, 1),
                new NpsScore(YearMonth.of(2024, 2), 3, 2, 1, 0), new NpsScore(YearMonth.of(2024, 3), 2, 0, 1, 1));
        assertThat(r.months().get(0).nps()).isEqualTo(-100.0);
        assertThat(r.months().get(1).nps()).isCloseTo(200.0 / 3, within(1e-12));
        assertThat(r.months().get(2).nps()).isEqualTo(-50.0);
    }

    @Test
    void loyaltyGroupsByTheLatestAnswer() throws Exception {
        NpsReport r = NpsReport.read(shop.db(), AS_OF);
        LoyaltyGroup high = r.of(Loyalty.HIGH);
        assertThat(high).isEqualTo(new LoyaltyGroup(Loyalty.HIGH, 2, 3, new BigDecimal("350.00"), 2, 1));
        assertThat(high.averageFrequency()).isEqualTo(1.5);
        assertThat(high.averageOrderValue()).isEqualByComparingTo("116.67");
        assertThat(high.referralsPerCustomer()).isEqualTo(1.0);
        assertThat(r.of(Loyalty.MID)).isEqualTo(new LoyaltyGroup(Loyalty.MID, 2, 3, new BigDecimal("1200.00"), 1, 1));
        assertThat(r.of(Loyalty.LOW)).isEqualTo(new LoyaltyGroup(Loyalty.LOW, 1, 1, new BigDecimal("10.00"), 0, 0));
        assertThat(Loyalty.HIGH.approach(Locale.ENGLISH)).isEqualTo("A dedicated person");
    }

    @Test
    void theStoredCustomerTableGivesTheSameGroups() throws Exception {
        NpsReport counted = NpsReport.read(shop.db(), AS_OF);
        hako.customers.MetricSnapshot.take(shop.db(), AS_OF, hako.customers.MetricRules.DEFAULTS);
        assertThat(hako.customers.MetricSnapshot.holdsPurchases(shop.db(), AS_OF)).isTrue();
        assertThat(NpsReport.read(shop.db(), AS_OF)).isEqualTo(counted);
    }

    @Test
    void groupsAreSegments() throws Exception {
        assertThat(NpsReport.members(shop.db(), AS_OF, Loyalty.HIGH)).containsExactly("A", "B");
        assertThat(NpsReport.members(shop.db(), AS_OF, Loyalty.MID)).containsExactly("C", "E");
        assertThat(NpsReport.members(shop.db(), LocalDate.of(2024, 4, 30), Loyalty.LOW)).containsExactly("B", "D");
    }

    @Test
    void withoutAnswersEveryGroupIsEmpty() throws Exception {
        NpsReport r = NpsReport.read(shop.db(), LocalDate.of(2023, 12, 31));
        assertThat(r.overall().nps()).isNull();
        assertThat(r.months()).isEmpty();
        assertThat(r.groups()).allSatisfy(g -> assertThat(g.customers()).isZero());
    }
}
