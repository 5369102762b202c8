package hako.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import hako.board.BoardNumbers;
import hako.customers.CustomerMetrics;
import hako.customers.MetricRules;
import hako.customers.MetricSnapshot;
import hako.customers.Stage;
import hako.imports.ImportFailed;
import hako.testing.SmallShop;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job's output imported as a snapshot, on the shop of BoardNumbersTest at 2024-06-30: A
 * retention, B activation (F1 R60), C acquisition, D, E, F churn prevention. The "job output" is the table
 * DuckDB computes, written as the job writes it (customers/*.parquet and hako-metrics.properties), changed
 * where a test needs it; the Spark module's tests import the real job's output.
 */
class MetricsImportTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    static final MetricRules RULES = MetricRules.DEFAULTS;

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

    /**
     * Writes a job output named {@code name}: {@code select} over DuckDB's customer table at AS_OF
     * (hako_customer_metrics) as customers/part-00000.parquet, and the properties.
     */
    Path output(String name, String select, MetricRules rules) throws Exception {
        CustomerMetrics.compute(shop.db(), AS_OF, RULES);
        Path out = dir.resolve(name);
        Files.createDirectories(out.resolve(MetricsImport.CUSTOMERS));
        long customers;
        try (Statement s = shop.db().createStatement()) {
            s.execute("COPY (" + select + ") TO '" + out.resolve(MetricsImport.CUSTOMERS).resolve("part-00000.parquet")
                    + "' (FORMAT parquet)");
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM (" + select + ")")) {
                r.next();
                customers = r.getLong(1);
            }
        }
        Properties p = new Properties();
        p.setProperty("as_of", AS_OF.toString());
        p.setProperty("rules", rules.toString());
        p.setProperty("customers", Long.toString(customers));
        try (Writer w = Files.newBufferedWriter(out.resolve(MetricsImport.PROPERTIES), StandardCharsets.UTF_8)) {
            p.store(w, "test");
        }
        return out;
    }

    Path output(String name, String select) throws Exception {
        return output(name, select, RULES);
    }

    List<String> rows(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = shop.db().createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    String refused(Path output) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> MetricsImport.load(shop.db(), output, RULES, false));
        assertThat(thrown).isInstanceOf(ImportFailed.class);
        return thrown.getMessage();
    }

    @Test
    void importedResultsDriveTheBoardUntilOrdersChange() throws Exception {
        // The job's table, but with B in retention: only the imported table can put it there.
        Path out = output("job", "SELECT * REPLACE (CASE WHEN customer_id = 'B' THEN 'retention' ELSE stage END AS stage)"
                + " FROM hako_customer_metrics");

        MetricsImport.Result result = MetricsImport.load(shop.db(), out, RULES, false);

        assertThat(result).isEqualTo(new MetricsImport.Result(AS_OF, 6));
        BoardNumbers board = BoardNumbers.compute(shop.db(), AS_OF, RULES);
        assertThat(board.snapshot().source()).isEqualTo(MetricSnapshot.Source.IMPORTED);
        assertThat(board.stages().get(Stage.RETENTION).customers()).isEqualTo(2);
        assertThat(board.stages().get(Stage.ACTIVATION).customers()).isZero();
        // Sales of the last 12 months by stage: retention A 4,000 + B 2,000.
        assertThat(board.stages().get(Stage.RETENTION).sales12Months()).isEqualByComparingTo("6000");
        assertThat(board.summary().customers()).isEqualTo(6);
        assertThat(rows("SELECT as_of || ' ' || source FROM metric_snapshots ORDER BY as_of"))
                .containsExactly("2024-05-30 computed", "2024-06-30 imported");
        assertThat(MetricSnapshot.isStored(shop.db(), AS_OF, RULES)).isTrue();

        // Orders imported after it: the board computes from the orders again.
        shop.importRecorded(2);
        BoardNumbers again = BoardNumbers.compute(shop.db(), AS_OF, RULES);
        assertThat(again.snapshot().source()).isEqualTo(MetricSnapshot.Source.COMPUTED);
        assertThat(again.stages().get(Stage.RETENTION).customers()).isEqualTo(1);
        assertThat(again.stages().get(Stage.ACTIVATION).customers()).isEqualTo(1);
        assertThat(rows("SELECT DISTINCT source FROM metric_snapshots")).containsExactly("computed");
    }

    @Test
    void anImportOfTheSameTableStoresWhatDuckDbComputes() throws Exception {
        Path out = output("same", "SELECT * FROM hako_customer_metrics");
        List<String> computed = rows("SELECT customer_id || '|' || frequency || '|' || monetary || '|' || rank || '|'"
                + " || coalesce(tier, '-') || '|' || cluster || '|' || stage FROM hako_customer_metrics ORDER BY rank");

        MetricsImport.load(shop.db(), out, RULES, false);

        assertThat(rows("SELECT customer_id || '|' || frequency || '|' || monetary || '|' || rank || '|'"
                + " || coalesce(tier, '-') || '|' || cluster || '|' || stage FROM customer_metrics"
                + " WHERE as_of = DATE '2024-06-30' ORDER BY rank")).containsExactlyElementsOf(computed).hasSize(6);
    }

    @Test
    void refusesEveryProblemAtOnceAndWritesNothing() throws Exception {
        // E twice, F missing, Z unknown, C's R counted to another date, a stage Hako does not know.
        Path out = output("bad", "SELECT * REPLACE (CASE WHEN customer_id = 'C' THEN recency_days + 1 ELSE recency_days END"
                + " AS recency_days, CASE WHEN customer_id = 'D' THEN 'sleeping' ELSE stage END AS stage)"
                + " FROM hako_customer_metrics WHERE customer_id <> 'F'"
                + " UNION ALL SELECT * REPLACE (7 AS rank) FROM hako_customer_metrics WHERE customer_id = 'E'"
                + " UNION ALL SELECT * REPLACE ('Z' AS customer_id, 8 AS rank) FROM hako_customer_metrics WHERE customer_id = 'A'");

        String message = refused(out);

        assertThat(message).contains("nothing was imported", out.resolve("customers").toString(),
                "1 customer ids appear more than once, e.g. E",
                "ranks are not 1 … 7 once each (7 distinct, from 1 to 8)",
                "1 customers' R does not count to the as-of date 2024-06-30 of hako-metrics.properties, e.g. C"
                        + " (last purchase 2024-06-10, R 21 days: as-of 2024-07-01)",
                "1 rows with an unknown stage, e.g. \"sleeping\"",
                "1 customers unknown to the shop (no purchase on or before 2024-06-30 in its orders), e.g. Z",
                "1 customers who bought on or before 2024-06-30 in the shop's orders are missing, e.g. F");
        assertThat(rows("SELECT count(*) FROM metric_snapshots")).containsExactly("0");
        assertThat(rows("SELECT count(*) FROM customer_metrics")).containsExactly("0");
    }

    @Test
    void refusesWrongColumnsOtherRulesAndWhatIsNotTheJobsOutput() throws Exception {
        Path types = output("types", "SELECT * EXCLUDE (stage) REPLACE (CAST(monetary AS DOUBLE) AS monetary,"
                + " CAST(first_purchase AS TIMESTAMP) AS first_purchase) FROM hako_customer_metrics");
        assertThat(refused(types)).contains("monetary: is DOUBLE, expected DECIMAL(18,2)",
                "first_purchase: is TIMESTAMP, expected DATE", "stage: missing column");

        MetricRules other = new MetricRules(30, 90, 365, 4, BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("20"), 90);
        Path rules = output("rules", "SELECT * FROM hako_customer_metrics", other);
        assertThat(refused(rules)).contains("hako-metrics.properties: rules: the job computed with "
                + other + ", the shop's settings are " + RULES);

        Path bare = Files.createDirectories(dir.resolve("bare"));
        assertThat(refused(bare)).contains("hako-metrics.properties: cannot read it",
                "is not the output of the Hako Spark job");
        assertThat(refused(dir.resolve("shop.duckdb"))).contains("not a directory");

        Path corrupt = output("corrupt", "SELECT * FROM hako_customer_metrics");
        Files.writeString(corrupt.resolve("customers").resolve("part-00000.parquet"), "not parquet at all");
        assertThat(refused(corrupt)).contains("cannot read it as Parquet").doesNotContain("\n    at ");

        Path partial = output("partial", "SELECT * FROM hako_customer_metrics");
        Properties p = new Properties();
        p.setProperty("as_of", AS_OF.toString());
        p.setProperty("rules", RULES.toString());
        p.setProperty("customers", "7");
        try (Writer w = Files.newBufferedWriter(partial.resolve(MetricsImport.PROPERTIES), StandardCharsets.UTF_8)) {
            p.store(w, "test");
        }
        assertThat(refused(partial)).contains("the job wrote 7 customers, the files hold 6");
        assertThat(rows("SELECT count(*) FROM metric_snapshots")).containsExactly("0");
    }

    @Test
    void aDryRunChecksAndStoresNothing() throws Exception {
        Path out = output("dry", "SELECT * FROM hako_customer_metrics");

        assertThat(MetricsImport.load(shop.db(), out, RULES, true)).isEqualTo(new MetricsImport.Result(AS_OF, 6));

        assertThat(rows("SELECT count(*) FROM metric_snapshots")).containsExactly("0");
    }
}
