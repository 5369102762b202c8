package hako.bench;

import hako.clv.Calibration;
import hako.clv.ClvFit;
import hako.clv.ClvScores;
import hako.clv.ClvSettings;
import hako.customers.AsOfDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * Times the CLV fit and the scoring of every customer on a simulated shop of N customers, beside the raw
 * DuckDB SQL that builds the same per-customer summary, and reports how closely the fit recovers the
 * parameters the shop was simulated with.
 */
public final class ClvBenchmark {

    /** One run's measurements, in seconds. */
    public record Result(long customers, long orders, long patterns, double simulate, double rawSummary, double fit,
                         double score, double storeScores, ClvFit fitted) {
    }

    /** The parameters the shop is simulated with: BG/NBD r, α, a, b and Gamma-Gamma p, q, γ. */
    public static final double[] TRUE_PARAMETERS = {SimulatedShop.R, SimulatedShop.ALPHA, SimulatedShop.A,
        SimulatedShop.B, SimulatedShop.P, SimulatedShop.Q, SimulatedShop.GAMMA};

    private final Path workDir;

    public ClvBenchmark(Path workDir) {
        this.workDir = workDir;
    }

    public Result run(int customers) throws Exception {
        Files.createDirectories(workDir);
        Path file = workDir.resolve("clv-" + customers + ".duckdb");
        Files.deleteIfExists(file);
        long start = System.nanoTime();
        try (Connection db = SimulatedShop.create(file, customers, 20_05)) {
            double simulate = seconds(start);
            LocalDate asOf = AsOfDate.latestOrderDate(db);
            double raw = rawSummary(db, asOf);
            long t = System.nanoTime();
            ClvFit fit = ClvFit.fit(db, Calibration.through(asOf));
            double fitting = seconds(t);
            t = System.nanoTime();
            ClvScores.compute(db, fit, asOf, ClvSettings.DEFAULTS);
            double scoring = seconds(t);
            t = System.nanoTime();
            fit.store(db);
            ClvScores.store(db, fit, asOf, ClvSettings.DEFAULTS);
            double storing = seconds(t);
            return new Result(fit.customers(), count(db, "SELECT count(*) FROM orders"), fit.patterns(), simulate, raw,
                    fitting, scoring, storing, fit);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(workDir.resolve(file.getFileName() + ".wal"));
        }
    }

    /** The per-customer summary as one hand-written DuckDB query: purchase days, then x, t_x, T and mean spend. */
    private static double rawSummary(Connection db, LocalDate asOf) throws Exception {
        try (Statement s = db.createStatement()) {
            long start = System.nanoTime();
            s.execute("CREATE OR REPLACE TEMP TABLE bench_summary AS"
                    + " WITH days AS (SELECT customer_id, order_date AS d, sum(amount) AS v FROM orders"
                    + "   WHERE customer_id IS NOT NULL AND NOT cancelled AND amount > 0 GROUP BY customer_id, order_date)"
                    + " SELECT customer_id, count(*) - 1 AS x, date_diff('day', min(d), max(d)) AS tx,"
                    + " date_diff('day', min(d), DATE '" + asOf + "') AS t,"
                    + " (sum(v) - arg_min(v, d)) / nullif(count(*) - 1, 0) AS zbar FROM days GROUP BY customer_id");
            double elapsed = seconds(start);
            s.execute("DROP TABLE bench_summary");
            return elapsed;
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
