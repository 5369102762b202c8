package hako.analyses.decomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import hako.testing.SmallShop;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shop small enough to decompose by hand: leap-year February 2024, March 2024 cut at the as-of
 * date 2024-03-15, months without sales, an order naming no customer and a cancelled one.
 */
class SalesDecompositionTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 3, 15);

    @TempDir
    Path dir;
    SmallShop shop;

    @BeforeEach
    void shop() throws Exception {
        shop = new SmallShop(dir.resolve("shop.duckdb"));
        shop.purchases("A", 100, "2023-02-10").purchases("A", 200, "2023-03-05")
                .purchases("A", 300, "2024-02-29").purchases("A", 150, "2024-03-10")
                .purchases("B", 500, "2023-03-20").purchases("B", 100, "2024-02-01", "2024-02-15")
                .purchases("C", 400, "2024-03-01").purchases("C", 100, "2024-03-02")
                .purchases("D", 50, "2023-01-15")
                .purchases(null, 999, "2024-02-10")
                .purchases("E", 700, "2024-03-16");   // after as-of
        try (Statement s = shop.db().createStatement()) {
            s.execute("INSERT INTO orders VALUES ('X1', 'A', TIMESTAMP '2024-02-20 10:00', DATE '2024-02-20', 1000,"
                    + " true, 'cancelled', 1), ('X2', 'D', TIMESTAMP '2024-02-21 10:00', DATE '2024-02-21', 0, false,"
                    + " NULL, 1)");
        }
    }

    SalesDecomposition read() throws Exception {
        return SalesDecomposition.read(shop.db(), AS_OF, YearMonth.of(2023, 1), YearMonth.of(2024, 3));
    }

    @Test
    void leapYearFebruaryAgainstTheFebruaryBefore() throws Exception {
        DecompositionRow feb = read().at(YearMonth.of(2024, 2), Buyers.ALL);
        assertThat(feb.from()).isEqualTo("2024-02-01");
        assertThat(feb.to()).isEqualTo("2024-02-29");
        assertThat(feb.yearAgoTo()).isEqualTo("2023-02-28");
        assertThat(feb.now()).isEqualTo(new Factors(2, 3, new BigDecimal("500.00")));
        assertThat(feb.yearAgo()).isEqualTo(new Factors(1, 1, new BigDecimal("100.00")));
        assertThat(feb.ratio(Factor.CUSTOMERS)).isEqualTo(2.0);
        assertThat(feb.ratio(Factor.FREQUENCY)).isEqualTo(1.5);
        assertThat(feb.ratio(Factor.UNIT_PRICE)).isCloseTo(500.0 / 3 / 100, within(1e-12));
        assertThat(feb.ratio(Factor.SALES)).isEqualTo(5.0);
        assertThat(feb.now().unitPrice()).isEqualByComparingTo("166.67");
        assertThat(read().at(YearMonth.of(2024, 2), Buyers.NEW).now()).isEqualTo(new Factors(0, 0, new BigDecimal("0.00")));
        assertThat(read().at(YearMonth.of(2024, 2), Buyers.EXISTING).trend(Factor.CUSTOMERS)).isEqualTo(Trend.NONE);
    }

    @Test
    void theMonthCutAtAsOfComparesWithTheSameDaysAYearEarlier() throws Exception {
        SalesDecomposition d = read();
        DecompositionRow all = d.at(YearMonth.of(2024, 3), Buyers.ALL);
        assertThat(all.to()).isEqualTo(AS_OF);
        assertThat(all.yearAgoFrom()).isEqualTo("2023-03-01");
        assertThat(all.yearAgoTo()).isEqualTo("2023-03-15");
        assertThat(all.now()).isEqualTo(new Factors(2, 3, new BigDecimal("650.00")));
        assertThat(all.yearAgo()).isEqualTo(new Factors(1, 1, new BigDecimal("200.00")));   // B's 20 March is later
        DecompositionRow fresh = d.at(YearMonth.of(2024, 3), Buyers.NEW);
        assertThat(fresh.now()).isEqualTo(new Factors(1, 2, new BigDecimal("500.00")));
        assertThat(fresh.trend(Factor.SALES)).isEqualTo(Trend.NONE);
        DecompositionRow existing = d.at(YearMonth.of(2024, 3), Buyers.EXISTING);
        assertThat(existing.now()).isEqualTo(new Factors(1, 1, new BigDecimal("150.00")));
        assertThat(existing.trend(Factor.CUSTOMERS)).isEqualTo(Trend.FLAT);
        assertThat(existing.trend(Factor.UNIT_PRICE)).isEqualTo(Trend.DOWN);
    }

    @Test
    void twoConsecutiveMonthsAboveLastYearPerFactor() throws Exception {
        SalesDecomposition d = read();
        assertThat(d.at(YearMonth.of(2024, 3), Buyers.ALL).twoMonthsUp()).isEqualTo(EnumSet.allOf(Factor.class));
        assertThat(d.at(YearMonth.of(2024, 2), Buyers.ALL).twoMonthsUp()).isEmpty();   // January was down
        assertThat(d.at(YearMonth.of(2024, 3), Buyers.EXISTING).twoMonthsUp()).isEmpty();
    }

    @Test
    void monthsWithoutSalesAppearAsZeros() throws Exception {
        SalesDecomposition d = read();
        assertThat(d.of(Buyers.ALL)).hasSize(15);
        assertThat(d.rows()).hasSize(45);
        DecompositionRow dec = d.at(YearMonth.of(2023, 12), Buyers.ALL);
        assertThat(dec.now()).isEqualTo(new Factors(0, 0, new BigDecimal("0.00")));
        assertThat(dec.now().frequency()).isNull();
        assertThat(dec.now().unitPrice()).isNull();
        DecompositionRow jan = d.at(YearMonth.of(2024, 1), Buyers.ALL);
        assertThat(jan.yearAgo()).isEqualTo(new Factors(1, 1, new BigDecimal("50.00")));
        assertThat(jan.trend(Factor.CUSTOMERS)).isEqualTo(Trend.DOWN);
        assertThat(jan.trend(Factor.FREQUENCY)).isEqualTo(Trend.NONE);
    }

    @Test
    void newAndExistingAddUpToAllAndFactorsMultiplyToSales() throws Exception {
        SalesDecomposition d = read();
        for (DecompositionRow all : d.of(Buyers.ALL)) {
            Factors n = d.at(all.month(), Buyers.NEW).now();
            Factors e = d.at(all.month(), Buyers.EXISTING).now();
            assertThat(n.customers() + e.customers()).isEqualTo(all.now().customers());
            assertThat(n.orders() + e.orders()).isEqualTo(all.now().orders());
            assertThat(n.sales().add(e.sales())).isEqualByComparingTo(all.now().sales());
            if (all.ratio(Factor.SALES) != null && all.now().orders() > 0) {
                assertThat(all.ratio(Factor.CUSTOMERS) * all.ratio(Factor.FREQUENCY) * all.ratio(Factor.UNIT_PRICE))
                        .isCloseTo(all.ratio(Factor.SALES), within(1e-9));
            }
        }
        assertThat(d.at(YearMonth.of(2023, 3), Buyers.NEW).now()).isEqualTo(new Factors(1, 1, new BigDecimal("500.00")));
    }

    @Test
    void aWholeFebruaryAfterALeapYearComparesWithTwentyNineDays() throws Exception {
        shop.purchases("A", 60, "2025-02-28");
        DecompositionRow feb = SalesDecomposition.read(shop.db(), LocalDate.of(2025, 2, 28), YearMonth.of(2025, 2),
                YearMonth.of(2025, 2)).at(YearMonth.of(2025, 2), Buyers.ALL);
        assertThat(feb.yearAgoTo()).isEqualTo("2024-02-29");
        assertThat(feb.yearAgo()).isEqualTo(new Factors(2, 3, new BigDecimal("500.00")));
    }

    @Test
    void refusesMonthsPastTheAsOfDate() {
        assertThatThrownBy(() -> SalesDecomposition.read(shop.db(), AS_OF, YearMonth.of(2024, 1), YearMonth.of(2024, 4)))
                .hasMessageContaining("after the as-of date");
    }
}
