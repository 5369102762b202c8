package hako.bench;

import hako.customers.AsOfDate;
import hako.customers.CustomerMetrics;
import hako.customers.MetricRules;
import hako.customers.ShopSummary;
import hako.demo.DemoFiles;
import hako.demo.DemoOptions;
import hako.demo.DemoShop;
import hako.imports.ImportOptions;
import hako.imports.ImportProgress;
import hako.imports.Importer;
import hako.store.ShopDatabase;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Generates a demo order file of N lines (UTF-8), then times in one run: Hako's import beside
 * DuckDB's own {@code CREATE TABLE … AS SELECT * FROM read_csv(…)} of the same file, and Hako's
 * customer metrics beside one raw GROUP BY over the same orders.
 */
public final class Benchmark {

    /** One size's measurements, in seconds, and the peak heap in bytes. */
    public record Result(long lines, long orders, long customers, double hakoImport, double rawRead,
                         double hakoMetrics, double rawGroupBy, double endToEnd, long peakHeap) {

        public double importRatio() {
            return hakoImport / rawRead;
        }

        public double metricsRatio() {
            return hakoMetrics / rawGroupBy;
        }
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    /** Demo customers average about this many order lines each over two years (measured). */
    private static final double LINES_PER_CUSTOMER = 4.0;

    private final Path workDir;
    private final ImportProgress progress;

    public Benchmark(Path workDir, ImportProgress progress) {
        this.workDir = workDir;
        this.progress = progress;
    }

    public Result run(long lines) throws Exception {
        Path dir = workDir.resolve(lines + "-lines");
        DemoFiles files = generate(dir, lines);
        Path orders = files.orders();
        double raw = rawRead(dir.resolve("raw.duckdb"), orders);
        resetPeakHeap();
        Path hakoDb = dir.resolve("hako.duckdb");
        Files.deleteIfExists(hakoDb);
        long start = System.nanoTime();
        double hakoImport;
        double hakoMetrics;
        double rawGroupBy;
        long customers;
        try (Connection db = ShopDatabase.open(hakoDb)) {
            if (Boolean.getBoolean("hako.trace")) {
                System.err.printf("[trace] %7.3f s  open the database%n", seconds(start));
            }
            new Importer(db, ImportOptions.defaults(ZONE)).run(List.of(orders), progress);
            hakoImport = seconds(start);
            LocalDate asOf = AsOfDate.latestOrderDate(db);
            long m = System.nanoTime();
            CustomerMetrics.compute(db, asOf, MetricRules.DEFAULTS);
            hakoMetrics = seconds(m);
            customers = ShopSummary.read(db, asOf, MetricRules.DEFAULTS).customers();
            double endToEnd = seconds(start);
            long peak = peakHeap();
            rawGroupBy = rawGroupBy(db);
            return new Result(files.orderLines(), files.orderCount(), customers, hakoImport, raw, hakoMetrics, rawGroupBy,
                    endToEnd, peak);
        }
    }

    private DemoFiles generate(Path dir, long lines) throws Exception {
        int customers = (int) Math.max(1_000, Math.ceil(lines / LINES_PER_CUSTOMER * 1.25));
        DemoOptions options = DemoOptions.defaults().customers(customers).ordersEncoding(StandardCharsets.UTF_8)
                .maxLines(lines);
        return DemoShop.write(dir, options, progress);
    }

    /** DuckDB reading the same file into a table of a fresh database, with its own type detection. */
    private static double rawRead(Path db, Path csv) throws Exception {
        Files.deleteIfExists(db);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             PreparedStatement p = c.prepareStatement("CREATE TABLE raw AS SELECT * FROM read_csv(?)")) {
            p.setString(1, csv.toString());
            long start = System.nanoTime();
            p.execute();
            return seconds(start);
        } finally {
            Files.deleteIfExists(db);
        }
    }

    /** The plain aggregate a hand-written RFM query starts from, over Hako's own orders table. */
    private static double rawGroupBy(Connection db) throws Exception {
        try (Statement s = db.createStatement()) {
            long start = System.nanoTime();
            s.execute("CREATE OR REPLACE TEMP TABLE bench_group_by AS SELECT customer_id, count(*) AS f, sum(amount) AS m,"
                    + " min(order_date) AS first, max(order_date) AS last FROM orders"
                    + " WHERE customer_id IS NOT NULL AND NOT cancelled AND amount > 0 GROUP BY customer_id");
            double t = seconds(start);
            s.execute("DROP TABLE bench_group_by");
            return t;
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
