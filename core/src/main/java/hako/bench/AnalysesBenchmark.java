package hako.bench;

import hako.analyses.AnalysisQuery;
import hako.analyses.ItemLevel;
import hako.analyses.behaviour.BehaviourRules;
import hako.analyses.behaviour.BehaviourSegments;
import hako.analyses.cohorts.AcquisitionCost;
import hako.analyses.cohorts.Cohorts;
import hako.analyses.decomposition.SalesDecomposition;
import hako.analyses.entry.EntryProducts;
import hako.analyses.facts.AnalysisFacts;
import hako.analyses.journey.Journey;
import hako.analyses.nps.NpsReport;
import hako.customers.MetricRules;
import hako.customers.MetricSnapshot;
import hako.store.ShopDatabase;
import hako.store.Sql;
import hako.store.Variables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Times every analysis on a synthetic shop (generated set-based, {@code analyses_shop.sql}) beside a
 * raw DuckDB query computing its core aggregate over the same tables ({@code raw_*.sql}), in one run.
 * The analyses read the facts stored at the as-of date; storing them is timed on its own, once per run.
 * Each is timed {@code rounds} times; the fastest round counts (the first also warms DuckDB's caches).
 */
public final class AnalysesBenchmark {

    /** One analysis: Hako's time and the raw query's, in seconds. */
    public record Timing(String analysis, double hako, double raw) {
        public double ratio() {
            return hako / raw;
        }
    }

    /**
     * A run: the shop's size, the time to store the customer table at the as-of date once (as the web's
     * first view and the CLI do; the journey reads its TOP1%; -1 when an earlier run stored it), the time
     * to compute and store the analyses' facts at the as-of date (paid once per import and date, before
     * any analysis; measured in every run), and the timings of the analyses reading them.
     */
    public record Result(long customers, long orders, long lines, double generate, double snapshot, double facts,
                         List<Timing> timings) {
    }

    @FunctionalInterface
    private interface Step {
        void run(Connection c) throws SQLException;
    }

    public static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    private final Path workDir;
    private final int rounds;

    public AnalysesBenchmark(Path workDir, int rounds) {
        this.workDir = workDir;
        this.rounds = rounds;
    }

    public Result run(long customers, long orders) throws Exception {
        Path file = workDir.resolve("analyses-" + customers + "-" + orders + ".duckdb");
        double generate = 0;
        if (!Files.exists(file)) {
            // generated under another name and renamed when complete: an interrupted run leaves no half shop
            Files.createDirectories(workDir);
            Path partial = workDir.resolve(file.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            Files.deleteIfExists(workDir.resolve(partial.getFileName() + ".wal"));
            long start = System.nanoTime();
            try (Connection c = ShopDatabase.open(partial)) {
                Variables.set(c, "hako_bench_customers", customers);
                Variables.set(c, "hako_bench_orders", orders);
                Sql.run(c, AnalysesBenchmark.class, "analyses_shop.sql");
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute("CHECKPOINT");
                }
            }
            Files.move(partial, file);
            generate = seconds(start);
        }
        try (Connection c = ShopDatabase.openExisting(file)) {
            double snapshot = -1;
            if (!MetricSnapshot.isStored(c, AS_OF, MetricRules.DEFAULTS)) {
                long start = System.nanoTime();
                MetricSnapshot.take(c, AS_OF, MetricRules.DEFAULTS);
                snapshot = seconds(start);
            }
            long start = System.nanoTime();
            AnalysisFacts.store(c, AS_OF);
            double facts = seconds(start);
            List<Timing> timings = new ArrayList<>();
            timings.add(time(c, "decompose (36 months)", x -> SalesDecomposition.read(x, AS_OF, YearMonth.of(2022, 1),
                    YearMonth.of(2024, 12)), "raw_decomposition.sql"));
            timings.add(time(c, "cohorts (24 months)", x -> Cohorts.read(x, AS_OF, 24), "raw_cohorts.sql"));
            timings.add(time(c, "cohorts CPO", x -> AcquisitionCost.read(x, AS_OF), "raw_cohorts.sql"));
            timings.add(time(c, "entry-products", x -> EntryProducts.read(x, AS_OF, ItemLevel.PRODUCT, 3, 10),
                    "raw_entry.sql"));
            timings.add(time(c, "journey", x -> Journey.read(x, AS_OF, MetricRules.DEFAULTS, ItemLevel.PRODUCT, 20),
                    "raw_journey.sql"));
            timings.add(time(c, "behaviours", x -> BehaviourSegments.read(x, AS_OF, BehaviourRules.DEFAULTS),
                    "raw_behaviours.sql"));
            timings.add(time(c, "nps", x -> NpsReport.read(x, AS_OF), "raw_nps.sql"));
            return new Result(count(c, "SELECT count(*) FROM customers"), count(c, "SELECT count(*) FROM orders"),
                    count(c, "SELECT count(*) FROM order_lines"), generate, snapshot, facts, timings);
        }
    }

    private Timing time(Connection c, String name, Step hako, String raw) throws SQLException {
        double best = Double.MAX_VALUE;
        double bestRaw = Double.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            hako.run(c);
            best = Math.min(best, seconds(start));
            AnalysisQuery.dropWorkTables(c);
            start = System.nanoTime();
            try (PreparedStatement p = c.prepareStatement(Sql.load(AnalysesBenchmark.class, raw))) {
                p.setObject(1, AS_OF);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        r.getObject(1);
                    }
                }
            }
            bestRaw = Math.min(bestRaw, seconds(start));
        }
        return new Timing(name, best, bestRaw);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
