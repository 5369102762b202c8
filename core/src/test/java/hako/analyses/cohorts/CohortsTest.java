package hako.analyses.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hako.testing.SmallShop;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three cohorts counted by hand: January 2023 (two customers), February 2023 (one), March 2024 (cut at as-of). */
class CohortsTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 3, 15);
    static final YearMonth JAN = YearMonth.of(2023, 1);
    static final YearMonth FEB = YearMonth.of(2023, 2);

    @TempDir
    Path dir;
    SmallShop shop;

    @BeforeEach
    void shop() throws Exception {
        shop = new SmallShop(dir.resolve("shop.duckdb"));
        shop.purchases("A", 100, "2023-01-10").purchases("A", 50, "2023-01-20").purchases("A", 200, "2023-03-05")
                .purchases("A", 300, "2024-01-10")
                .purchases("B", 80, "2023-01-31")
                .purchases("C", 500, "2023-02-28").purchases("C", 100, "2024-02-29")
                .purchases("D", 40, "2024-03-01")
                .purchases("E", 900, "2024-03-16")      // after as-of
                .purchases(null, 999, "2023-01-05");    // names no customer
    }

    @Test
    void cellsOfATwoCustomerCohortMonthByMonth() throws Exception {
        List<CohortCell> jan = Cohorts.read(shop.db(), AS_OF, 24).of(JAN);
        assertThat(jan).hasSize(15);   // January 2023 to March 2024
        assertThat(jan.get(0)).isEqualTo(new CohortCell(JAN, 2, 1, 2, 3, new BigDecimal("230.00"),
                new BigDecimal("230.00"), true));
        assertThat(jan.get(0).continuation()).isEqualTo(1.0);
        assertThat(jan.get(0).ltv()).isEqualByComparingTo("115.00");
        assertThat(jan.get(1).active()).isZero();
        assertThat(jan.get(1).ltv()).isEqualByComparingTo("115.00");
        assertThat(jan.get(2).continuation()).isEqualTo(0.5);
        assertThat(jan.get(2).churn()).isEqualTo(0.5);
        assertThat(jan.get(2).ltv()).isEqualByComparingTo("215.00");
        assertThat(jan.get(11).ltv()).isEqualByComparingTo("215.00");
        assertThat(jan.get(12).month()).isEqualTo(YearMonth.of(2024, 1));
        assertThat(jan.get(12).ltv()).isEqualByComparingTo("365.00");
        assertThat(jan.get(14).complete()).isFalse();
        assertThat(jan.get(13).complete()).isTrue();
    }

    @Test
    void aCohortOfOneAndALeapDayInItsThirteenthMonth() throws Exception {
        List<CohortCell> feb = Cohorts.read(shop.db(), AS_OF, 24).of(FEB);
        assertThat(feb).hasSize(14);
        assertThat(feb.get(12)).isEqualTo(new CohortCell(FEB, 1, 13, 1, 1, new BigDecimal("100.00"),
                new BigDecimal("600.00"), true));
        assertThat(feb.get(12).continuation()).isEqualTo(1.0);
    }

    @Test
    void monthsPerCohortAreCapped() throws Exception {
        Cohorts c = Cohorts.read(shop.db(), AS_OF, 2);
        assertThat(c.of(JAN)).extracting(CohortCell::monthNo).containsExactly(1, 2);
        assertThat(c.of(YearMonth.of(2024, 3))).extracting(CohortCell::monthNo).containsExactly(1);
        assertThat(c.cells()).hasSize(5);
    }

    @Test
    void twelveMonthComponentsPerCohort() throws Exception {
        Cohorts c = Cohorts.read(shop.db(), AS_OF, 24);
        CohortSummary jan = c.summary(JAN).orElseThrow();
        assertThat(jan).isEqualTo(new CohortSummary(JAN, 2, 4, new BigDecimal("430.00"), 1, true));
        assertThat(jan.ltv12()).isEqualByComparingTo("215.00");
        assertThat(jan.unitPrice()).isEqualByComparingTo("107.50");
        assertThat(jan.ordersPerCustomer()).isEqualTo(2.0);
        assertThat(jan.continuation()).isEqualTo(0.5);
        assertThat(jan.churn()).isEqualTo(0.5);
        assertThat(c.summary(FEB).orElseThrow()).isEqualTo(new CohortSummary(FEB, 1, 1, new BigDecimal("500.00"), 0, true));
        assertThat(c.summary(YearMonth.of(2024, 3)).orElseThrow().complete()).isFalse();
        assertThat(c.pooledLtv12()).contains(new BigDecimal("310.00"));
        assertThat(jan.unitPrice().doubleValue() * jan.ordersPerCustomer()).isCloseTo(jan.ltv12().doubleValue(), within(0.01));
    }

    @Test
    void cpoAgainstTwelveMonthLtvFlagsLeaks() throws Exception {
        try (Statement s = shop.db().createStatement()) {
            s.execute("INSERT INTO acquisition_spend VALUES (DATE '2023-01-01', 'web', 300, 2), (DATE '2023-01-01', 'dm',"
                    + " 200, 2), (DATE '2023-02-01', '', 400, 2), (DATE '2023-12-01', '', 100, 2), (DATE '2024-03-01', '',"
                    + " 300, 2), (DATE '2024-04-01', '', 300, 2)");
        }
        AcquisitionCost cost = AcquisitionCost.read(shop.db(), AS_OF);
        assertThat(cost.pooledLtv12()).isEqualByComparingTo("310.00");
        assertThat(cost.months()).extracting(CpoMonth::month).containsExactly(JAN, FEB, YearMonth.of(2023, 12),
                YearMonth.of(2024, 3));
        CpoMonth jan = cost.months().get(0);
        assertThat(jan.spendByChannel()).isEqualTo(Map.of("web", new BigDecimal("300.00"), "dm", new BigDecimal("200.00")));
        assertThat(jan).extracting(CpoMonth::spend, CpoMonth::newCustomers, CpoMonth::cpo, CpoMonth::ltv12,
                CpoMonth::ownLtv, CpoMonth::leak).containsExactly(new BigDecimal("500.00"), 2L, new BigDecimal("250.00"),
                new BigDecimal("215.00"), true, true);
        assertThat(cost.months().get(1).leak()).isFalse();
        CpoMonth december = cost.months().get(2);
        assertThat(december.cpo()).isNull();
        assertThat(december.leak()).isTrue();
        CpoMonth march = cost.months().get(3);
        assertThat(march).extracting(CpoMonth::cpo, CpoMonth::ltv12, CpoMonth::ownLtv, CpoMonth::leak)
                .containsExactly(new BigDecimal("300.00"), new BigDecimal("310.00"), false, false);
        assertThat(cost.leaks()).extracting(CpoMonth::month).containsExactly(JAN, YearMonth.of(2023, 12));
    }

    @Test
    void withoutAnyOldEnoughCohortThereIsNothingToCompare() throws Exception {
        try (Statement s = shop.db().createStatement()) {
            s.execute("INSERT INTO acquisition_spend VALUES (DATE '2023-01-01', '', 100, 2)");
        }
        AcquisitionCost cost = AcquisitionCost.read(shop.db(), LocalDate.of(2023, 6, 30));
        assertThat(cost.pooledLtv12()).isNull();
        assertThat(cost.months().get(0).leak()).isNull();
        assertThat(cost.leaks()).isEmpty();
    }
}
