package hako.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hako.customers.MetricRules;
import hako.customers.MetricSnapshot;
import hako.customers.Stage;
import hako.testing.SmallShop;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board's numbers on a shop counted by hand, at 2024-06-30 (a month earlier: 2024-05-30).
 *
 * <pre>
 * customer  purchases (amount each)                  a month ago               now
 * A         01-10, 02-10, 03-10, 2024-06-20 (1,000)  F3 R81 churn_prevention   F4 R10 retention  (came back)
 * B         2024-05-01 (2,000)                        F1 R29 acquisition        F1 R60 activation
 * C         2024-06-10 (3,000)                        —                         F1 R20 acquisition (new)
 * D         2024-04-15, 04-20 (1,500)                 F2 R40 activation         F2 R71 churn_prevention (lapsed)
 * E         2023-01-01 (7,000)                        churn_prevention          churn_prevention
 * F         2023-06-10 (4,000)                        churn_prevention          churn_prevention
 * (none)    2024-06-05 (500): the shop's sales, nobody's figures
 * </pre>
 * Sales of the last 12 months (after 2023-06-30) by stage now: retention 4,000, activation 2,000,
 * acquisition 3,000, churn prevention 3,000 (D; E and F bought earlier). June 2024: 4,500; June 2023: 4,000.
 */
class BoardNumbersTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    @TempDir
    Path dir;
    SmallShop shop;

    @BeforeEach
    void buildShop() throws Exception {
        shop = SmallShop.boardExample(dir.resolve("shop.duckdb"));
    }

    @AfterEach
    void close() throws Exception {
        shop.close();
    }

    BoardNumbers numbers() throws Exception {
        return BoardNumbers.compute(shop.db(), AS_OF, MetricRules.DEFAULTS);
    }

    @Test
    void stageCountsNowAndAMonthEarlier() throws Exception {
        BoardNumbers n = numbers();
        assertThat(n.previousAsOf()).isEqualTo(LocalDate.of(2024, 5, 30));
        assertThat(n.stages().get(Stage.ACQUISITION).customers()).isEqualTo(1);
        assertThat(n.stages().get(Stage.ACTIVATION).customers()).isEqualTo(1);
        assertThat(n.stages().get(Stage.RETENTION).customers()).isEqualTo(1);
        assertThat(n.stages().get(Stage.CHURN_PREVENTION).customers()).isEqualTo(3);
        assertThat(n.stages().get(Stage.RETENTION).change()).isEqualTo(1);
        assertThat(n.stages().get(Stage.CHURN_PREVENTION).customersMonthAgo()).isEqualTo(3);
        assertThat(n.stages().get(Stage.CHURN_PREVENTION).share()).isCloseTo(0.5, within(1e-12));
        for (Stage s : Stage.values()) {
            assertThat(n.stages().get(s).customers()).as(s.key())
                    .isEqualTo(n.summary().stages().get(s).customers());
        }
    }

    @Test
    void salesSharesAreOfTheLastTwelveMonthsByTheStageCustomersAreInNow() throws Exception {
        BoardNumbers n = numbers();
        assertThat(n.stages().get(Stage.RETENTION).sales12Months()).isEqualByComparingTo("4000");
        assertThat(n.stages().get(Stage.CHURN_PREVENTION).sales12Months()).isEqualByComparingTo("3000");
        assertThat(n.stages().get(Stage.RETENTION).salesShare12Months()).isCloseTo(4_000 / 12_000.0, within(1e-12));
        assertThat(n.stages().get(Stage.ACTIVATION).salesShare12Months()).isCloseTo(2_000 / 12_000.0, within(1e-12));
    }

    @Test
    void flowsSayWhoMovedWhereInTheMonth() throws Exception {
        BoardNumbers n = numbers();
        assertThat(n.flow(null, Stage.ACQUISITION)).isEqualTo(1);
        assertThat(n.flow(Stage.ACQUISITION, Stage.ACTIVATION)).isEqualTo(1);
        assertThat(n.flow(Stage.CHURN_PREVENTION, Stage.RETENTION)).isEqualTo(1);
        assertThat(n.flow(Stage.ACTIVATION, Stage.CHURN_PREVENTION)).isEqualTo(1);
        assertThat(n.flow(Stage.CHURN_PREVENTION, Stage.CHURN_PREVENTION)).isEqualTo(2);
        assertThat(n.newCustomers()).isEqualTo(1);
        assertThat(n.inflow(Stage.RETENTION)).isEqualTo(1);
        assertThat(n.outflow(Stage.ACTIVATION)).isEqualTo(1);
        assertThat(n.outflows(Stage.ACTIVATION).get(0).isLapse()).isTrue();
        assertThat(n.inflows(Stage.RETENTION).get(0).isReturn()).isTrue();
        assertThat(n.flows().stream().mapToLong(StageFlow::customers).sum()).isEqualTo(6);
    }

    @Test
    void monthSalesAreTheShopsOwnAgainstTheSameDaysLastYear() throws Exception {
        BoardNumbers n = numbers();
        assertThat(n.monthSales()).isEqualByComparingTo("4500");
        assertThat(n.monthSalesLastYear()).isEqualByComparingTo("4000");
        assertThat(n.monthSalesChange()).isCloseTo(0.125, within(1e-12));
    }

    @Test
    void snapshotsAreStoredAndGoStaleWithTheNextImport() throws Exception {
        numbers();
        assertThat(MetricSnapshot.isStored(shop.db(), AS_OF, MetricRules.DEFAULTS)).isTrue();
        assertThat(MetricSnapshot.isStored(shop.db(), AS_OF.minusMonths(1), MetricRules.DEFAULTS)).isTrue();
        assertThat(rows("SELECT count(*) FROM customer_metrics WHERE as_of = DATE '2024-06-30'")).isEqualTo(6);
        assertThat(rows("SELECT count(*) FROM customer_metrics WHERE as_of = DATE '2024-05-30'")).isEqualTo(5);

        shop.importRecorded(2);
        assertThat(MetricSnapshot.isStored(shop.db(), AS_OF, MetricRules.DEFAULTS)).isFalse();
        MetricSnapshot.take(shop.db(), AS_OF, MetricRules.DEFAULTS);
        assertThat(rows("SELECT count(DISTINCT as_of) FROM customer_metrics")).isEqualTo(1);
    }

    @Test
    void atMostSixDatesAreKept() throws Exception {
        for (int i = 0; i < 9; i++) {
            MetricSnapshot.take(shop.db(), AS_OF.minusDays(i), MetricRules.DEFAULTS);
        }
        assertThat(rows("SELECT count(*) FROM metric_snapshots")).isEqualTo(MetricSnapshot.KEPT);
        assertThat(rows("SELECT count(DISTINCT as_of) FROM customer_metrics")).isEqualTo(MetricSnapshot.KEPT);
        assertThat(MetricSnapshot.isStored(shop.db(), AS_OF.minusDays(8), MetricRules.DEFAULTS)).isTrue();
        assertThat(MetricSnapshot.isStored(shop.db(), AS_OF, MetricRules.DEFAULTS)).isFalse();
    }

    long rows(String sql) throws Exception {
        try (var s = shop.db().createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
