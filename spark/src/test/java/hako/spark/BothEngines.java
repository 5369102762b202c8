package hako.spark;

import static org.assertj.core.api.Assertions.assertThat;

import hako.analyses.cohorts.CohortCell;
import hako.analyses.cohorts.Cohorts;
import hako.customers.CustomerMetrics;
import hako.customers.MetricRules;
import hako.scaleout.OrdersParquet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A shop's customer table and cohort table computed by both engines: DuckDB ({@link CustomerMetrics#compute},
 * {@link Cohorts#read}) on the database, and the Spark job on its Parquet export; each read back as text
 * lines in rank (cohort, month) order, with the column types.
 */
final class BothEngines {

    /** What one run of the job printed and returned. */
    record JobRun(int exitCode, String out, String err) {
    }

    private static final String LINE = "customer_id || '|' || frequency || '|' || monetary || '|' || first_purchase"
            + " || '|' || last_purchase || '|' || tenure_days || '|' || recency_days || '|' || rank || '|'"
            + " || coalesce(tier, '-') || '|' || cluster || '|' || stage";

    private BothEngines() {
    }

    /** Exports {@code db}'s orders into {@code dir}, once. */
    static Path export(Connection db, Path dir) throws SQLException {
        Path file = dir.resolve("orders.parquet");
        if (!Files.exists(file)) {
            OrdersParquet.export(db, file, "test");
        }
        return file;
    }

    static JobRun job(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            try {
                code = MetricsJob.run(LocalSpark.session(), JobArguments.parse(List.of(args)), o, e);
            } catch (BadInput bad) {
                e.println("hako-spark: " + bad.getMessage());
                code = MetricsJob.BAD_INPUT;
            }
        }
        return new JobRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** DuckDB's customer table at {@code asOf}, then its column types. */
    static List<String> duckdb(Connection db, LocalDate asOf, MetricRules rules) throws SQLException {
        CustomerMetrics.compute(db, asOf, rules);
        List<String> rows = lines(db, "SELECT " + LINE + " FROM hako_customer_metrics ORDER BY rank", null);
        rows.addAll(lines(db, "SELECT column_name || ' ' || column_type FROM (DESCRIBE hako_customer_metrics)", null));
        return rows;
    }

    /** The Spark job's output directory read back, in the same form. */
    static List<String> spark(Connection db, Path output) throws SQLException {
        String files = output.resolve("customers").resolve("*.parquet").toString();
        List<String> rows = lines(db, "SELECT " + LINE + " FROM read_parquet(?) ORDER BY rank", files);
        rows.addAll(lines(db, "SELECT column_name || ' ' || column_type FROM (DESCRIBE SELECT * FROM read_parquet(?))",
                files));
        return rows;
    }

    /** Runs the job on {@code db}'s export and requires the very table DuckDB computes. */
    static List<String> requireEqual(Connection db, Path dir, String name, LocalDate asOf, MetricRules rules,
                                     String... settings) throws Exception {
        Path output = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of(export(db, dir).toString(), output.toString(),
                "--as-of", asOf.toString()));
        for (String s : settings) {
            args.add("--set");
            args.add(s);
        }
        JobRun run = job(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> expected = duckdb(db, asOf, rules);
        List<String> actual = spark(db, output);
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(sparkCohorts(db, output)).containsExactlyElementsOf(duckdbCohorts(db, asOf)).hasSizeGreaterThan(8);
        return actual;
    }

    /** The cells of hako cohorts (DuckDB, 24 months per cohort) as text lines, then the Spark job's column types. */
    static List<String> duckdbCohorts(Connection db, LocalDate asOf) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (CohortCell c : Cohorts.read(db, asOf, Cohorts.MONTHS).cells()) {
            rows.add(c.cohort() + "|" + c.customers() + "|" + c.monthNo() + "|" + c.active() + "|" + c.orders() + "|"
                    + c.sales().toPlainString() + "|" + c.cumulativeSales().toPlainString() + "|" + c.complete());
        }
        rows.addAll(List.of("cohort DATE", "customers BIGINT", "month_no BIGINT", "active BIGINT", "orders BIGINT",
                "sales DECIMAL(18,2)", "cumulative_sales DECIMAL(18,2)", "complete BOOLEAN"));
        return rows;
    }

    /** The Spark job's cohort table read back, in the form of {@link #duckdbCohorts}. */
    static List<String> sparkCohorts(Connection db, Path output) throws SQLException {
        String files = output.resolve(MetricsJob.COHORTS).resolve("*.parquet").toString();
        List<String> rows = lines(db, "SELECT strftime(cohort, '%Y-%m') || '|' || customers || '|' || month_no || '|'"
                + " || active || '|' || orders || '|' || sales || '|' || cumulative_sales || '|' || complete"
                + " FROM read_parquet(?) ORDER BY cohort, month_no", files);
        rows.addAll(lines(db, "SELECT column_name || ' ' || column_type FROM (DESCRIBE SELECT * FROM read_parquet(?))",
                files));
        return rows;
    }

    private static List<String> lines(Connection db, String sql, String parameter) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement(sql)) {
            if (parameter != null) {
                p.setString(1, parameter);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    /** Runs plain SQL on {@code db}. */
    static void sql(Connection db, String... statements) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
