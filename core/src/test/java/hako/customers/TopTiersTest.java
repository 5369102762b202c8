package hako.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hako.store.ShopDatabase;
import java.math.BigDecimal;
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

/** TOP p% = rank ≤ ceil(N × p / 100), computed exactly for any percentage the rules accept. */
class TopTiersTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    @TempDir
    Path dir;
    Connection db;

    /** 20 customers: C01 spent 1,000, C02 2,000, …, C20 20,000, so C20 ranks first. */
    @BeforeEach
    void buildShop() throws Exception {
        db = ShopDatabase.open(dir.resolve("shop.duckdb"));
        try (PreparedStatement p = db.prepareStatement("INSERT INTO orders SELECT 'O' || i, printf('C%02d', i),"
                + " TIMESTAMP '2024-06-01 12:00', DATE '2024-06-01', i * 1000, false, NULL, 1"
                + " FROM range(1, 21) t(i)")) {
            p.executeUpdate();
        }
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    List<String> tiers(MetricRules rules) throws Exception {
        CustomerMetrics.compute(db, AS_OF, rules);
        List<String> result = new ArrayList<>();
        CustomerTable.forEach(db, row -> result.add(
                row.customerId() + ":" + (row.tier() == null ? "" : row.tier().key())));
        return result.subList(0, 5);
    }

    static MetricRules rules(String top1, String top10, String top20) {
        return new MetricRules(30, 60, 365, 4, new BigDecimal(top1), new BigDecimal(top10), new BigDecimal(top20), 90);
    }

    @Test
    void theDefaultsTakeOneTwoAndFourOfTwentyCustomers() throws Exception {
        assertThat(tiers(MetricRules.DEFAULTS))
                .containsExactly("C20:top1", "C19:top10", "C18:top20", "C17:top20", "C16:");
    }

    @Test
    void aTinyPercentageStillHoldsTheBestCustomer() throws Exception {
        // ceil(20 × 0.00001 / 100) = 1: rounding the percentage to four places would make it 0 and empty TOP1%
        assertThat(tiers(rules("0.00001", "10", "20"))).startsWith("C20:top1", "C19:top10", "C18:top20");
    }

    @Test
    void aCutOffThatIsAWholeNumberTakesExactlyThatManyCustomers() throws Exception {
        // 20 × 15 / 100 = 3 exactly: C18 is in, C17 is not
        assertThat(tiers(rules("5", "10", "15")))
                .containsExactly("C20:top1", "C19:top10", "C18:top20", "C17:", "C16:");
    }

    @Test
    void refusesPercentagesFinerThanEightDecimalPlaces() {
        assertThatThrownBy(() -> rules("0.000000001", "10", "20"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("top1 percentage 0.000000001 has more than 8 decimal places;"
                        + " Hako computes tiers with at most 8");
        assertThat(rules("0.00000001", "10", "20").top1Percent()).isEqualByComparingTo("0.00000001");
    }

    @Test
    void percentagesWrittenWithTrailingZerosAreTheSameRules() throws Exception {
        assertThat(rules("1.0", "10.00", "20")).isEqualTo(MetricRules.DEFAULTS);
        CustomerMetrics.compute(db, AS_OF, rules("1.0", "10.00", "20"));
        assertThat(ShopSummary.read(db, AS_OF, MetricRules.DEFAULTS).customers()).isEqualTo(20);
    }
}
