package hako.spark;

import static hako.spark.BothEngines.sql;
import static org.assertj.core.api.Assertions.assertThat;

import hako.customers.MetricRules;
import hako.store.ShopDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on a shop small enough to rank by hand, and on DuckDB beside it. */
class MetricsJobTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

    @TempDir
    static Path dir;
    static Connection db;

    @BeforeAll
    static void shop() throws Exception {
        db = ShopDatabase.open(dir.resolve("shop.duckdb"));
        sql(db, "INSERT INTO orders (order_id, customer_id, ordered_at, order_date, amount, cancelled, import_id) VALUES"
                // A: three purchases of 100.
                + " ('o1', 'A', '2024-01-10 10:00', '2024-01-10', 100, false, 1),"
                + " ('o2', 'A', '2024-02-10 10:00', '2024-02-10', 100, false, 1),"
                + " ('o3', 'A', '2024-03-30 10:00', '2024-03-30', 100, false, 1),"
                // 9 and 10 tie with each other on M, F and last purchase; 9's cancelled order does not count.
                + " ('o4', '9', '2024-03-30 11:00', '2024-03-30', 300, false, 1),"
                + " ('o5', '9', '2024-03-31 11:00', '2024-03-31', 500, true, 1),"
                + " ('o6', '10', '2024-03-30 12:00', '2024-03-30', 300, false, 1),"
                // D: one purchase; an order of 0 and one after the as-of date are not purchases.
                + " ('o7', 'D', '2023-12-01 09:00', '2023-12-01', 50, false, 1),"
                + " ('o8', 'D', '2024-03-01 09:00', '2024-03-01', 0, false, 1),"
                + " ('o9', 'D', '2024-04-05 09:00', '2024-04-05', 999, false, 1),"
                // A purchase that names no customer: in no customer's figures.
                + " ('o10', NULL, '2024-03-01 09:00', '2024-03-01', 1000, false, 1)");
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void ranksTiesByCustomerIdAndWritesTheSameTableAsDuckDb() throws Exception {
        List<String> table = BothEngines.requireEqual(db, dir, "defaults", AS_OF, MetricRules.DEFAULTS);

        // Tenure of A: 21 days of January, 29 of February (2024 is a leap year), 30 of March = 80.
        // R of D: 30 + 31 + 29 + 31 = 121 days. N = 4, so TOP 1/10/20 % all end at rank ceil(0.04..0.8) = 1.
        assertThat(table).startsWith(
                "A|3|300.00|2024-01-10|2024-03-30|80|1|1|top1|top1|activation",
                "10|1|300.00|2024-03-30|2024-03-30|0|1|2|-|one_time|acquisition",
                "9|1|300.00|2024-03-30|2024-03-30|0|1|3|-|one_time|acquisition",
                "D|1|50.00|2023-12-01|2023-12-01|0|121|4|-|one_time|churn_prevention",
                "customer_id VARCHAR", "frequency BIGINT", "monetary DECIMAL(18,2)", "first_purchase DATE",
                "last_purchase DATE", "tenure_days BIGINT", "recency_days BIGINT", "rank BIGINT", "tier VARCHAR",
                "cluster VARCHAR", "stage VARCHAR");
        assertThat(table).hasSize(4 + 11);
        // Cohorts: D's December (50, nothing after), A's January (100 a month), 9 and 10 in March (300 each).
        assertThat(BothEngines.sparkCohorts(db, dir.resolve("defaults"))).startsWith(
                "2023-12|1|1|1|1|50.00|50.00|true",
                "2023-12|1|2|0|0|0.00|50.00|true",
                "2023-12|1|3|0|0|0.00|50.00|true",
                "2023-12|1|4|0|0|0.00|50.00|true",
                "2024-01|1|1|1|1|100.00|100.00|true",
                "2024-01|1|2|1|1|100.00|200.00|true",
                "2024-01|1|3|1|1|100.00|300.00|true",
                "2024-03|2|1|2|2|600.00|600.00|true",
                "cohort DATE").hasSize(8 + 8);
    }

    @Test
    void takesTheRulesFromSettings() throws Exception {
        MetricRules rules = new MetricRules(0, 60, 365, 3, new BigDecimal("1"), new BigDecimal("10"),
                new BigDecimal("50"), 90);

        List<String> table = BothEngines.requireEqual(db, dir, "rules", AS_OF, rules,
                "stage.acquisition_days=0", "stage.retention_orders=3", "tier.top20_percent=50");

        // TOP 20 % is now TOP 50 %: ranks up to ceil(4 * 0.5) = 2. A has 3 purchases: retention from 3.
        assertThat(table).startsWith(
                "A|3|300.00|2024-01-10|2024-03-30|80|1|1|top1|top1|retention",
                "10|1|300.00|2024-03-30|2024-03-30|0|1|2|top20|top20|activation",
                "9|1|300.00|2024-03-30|2024-03-30|0|1|3|-|one_time|activation");
    }

    @Test
    void printsProgressAndDefaultsToTheLatestOrderDate() throws Exception {
        BothEngines.JobRun run = BothEngines.job(BothEngines.export(db, dir).toString(),
                dir.resolve("latest").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("hako-spark: reading orders from", "10 orders, 2023-12-01 … 2024-04-05",
                "customer metrics at 2024-04-05 (acquisition ≤ 30 days, churn > 60 days, retention from 4 purchases, TOP 1 / 10 / 20 %)", "writing 4 customers to", "cohort table at 2024-04-05 (24 months per cohort)", "done in");
        assertThat(BothEngines.spark(db, dir.resolve("latest"))).contains(
                "D|2|1049.00|2023-12-01|2024-04-05|126|0|1|top1|top1|activation");
    }
}
