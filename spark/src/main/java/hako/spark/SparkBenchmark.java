package hako.spark;

import hako.analyses.cohorts.Cohorts;
import hako.customers.CustomerMetrics;
import hako.customers.MetricRules;
import hako.store.ShopDatabase;
import hako.store.Sql;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job in {@code local[2]} beside the embedded engine (DuckDB, as {@code hako customers} and
 * {@code hako cohorts} run) on the same generated orders, in one run: times, their ratio, Spark's
 * shuffle and spill per stage, and whether both customer tables are the same rows.
 *
 * <pre>spark/bench.sh 10000000   # ORDERS [WORKDIR]; see README, "Scale-out on Spark"</pre>
 *
 * <p>The job's input has one row per order (Hako's orders table), so N orders stand for at least N order lines.
 */
public final class SparkBenchmark {

    /** What Spark did in one stage. */
    record Stage(int id, String name, int tasks, double seconds, long shuffleRead, long shuffleWrite, long spilled,
                 long peakMemory) {
    }

    /** Collects every completed stage of the session, named by its job's description (the statement). */
    static final class Stages extends SparkListener {
        final List<Stage> done = new ArrayList<>();
        final Map<Integer, String> jobOfStage = new HashMap<>();

        @Override
        public synchronized void onJobStart(SparkListenerJobStart event) {
            String description = event.properties() == null ? null
                    : event.properties().getProperty("spark.job.description");
            for (Object id : scala.jdk.javaapi.CollectionConverters.asJava(event.stageIds())) {
                jobOfStage.put((Integer) id, description);
            }
        }

        @Override
        public synchronized void onStageCompleted(SparkListenerStageCompleted event) {
            StageInfo s = event.stageInfo();
            long started = s.submissionTime().isDefined() ? (Long) s.submissionTime().get() : 0;
            long ended = s.completionTime().isDefined() ? (Long) s.completionTime().get() : started;
            var m = s.taskMetrics();
            done.add(new Stage(s.stageId(), jobOfStage.getOrDefault(s.stageId(), s.name()), s.numTasks(), (ended - started) / 1000.0,
                    m.shuffleReadMetrics().totalBytesRead(), m.shuffleWriteMetrics().bytesWritten(),
                    m.diskBytesSpilled(), m.peakExecutionMemory()));
        }

        synchronized List<Stage> stages() {
            return List.copyOf(done);
        }
    }

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    private SparkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SparkBenchmark ORDERS [WORKDIR]");
            System.exit(2);
        }
        long orders = Long.parseLong(args[0].replace("_", ""));
        Path work = Path.of(args.length > 1 ? args[1] : "spark/target/spark-bench").resolve(orders + "-orders");
        run(orders, work, System.out);
        System.exit(0);
    }

    static void run(long orders, Path work, PrintStream out) throws Exception {
        Files.createDirectories(work);
        Path input = work.resolve("orders.parquet");
        out.printf("load average at start: %s%n", load());
        if (!Files.exists(input)) {
            long started = System.nanoTime();
            generate(input, orders, Math.max(1, orders / 4));
            out.printf("generated %,d orders (%,d customers at most) in %s: %.1f s%n", orders, Math.max(1, orders / 4),
                    input, seconds(started));
        }
        Path database = work.resolve("embedded.duckdb");
        Files.deleteIfExists(database);
        Path sparkOut = work.resolve("spark-out");
        deleteTree(sparkOut);

        try (Connection db = ShopDatabase.open(database)) {
            long t = System.nanoTime();
            execute(db, "bench_embedded_load.sql", input.toString());
            double load = seconds(t);
            t = System.nanoTime();
            CustomerMetrics.compute(db, AS_OF, MetricRules.DEFAULTS);
            double metrics = seconds(t);
            t = System.nanoTime();
            int cells = Cohorts.read(db, AS_OF, Cohorts.MONTHS).cells().size();
            double cohorts = seconds(t);
            double embedded = load + metrics + cohorts;
            out.printf("embedded (DuckDB): read %.1f s + customer table %.1f s + cohorts (%,d cells) %.1f s = %.1f s%n",
                    load, metrics, cells, cohorts, embedded);

            SparkSession spark = SparkSession.builder().master(System.getProperty("spark.master", "local[2]"))
                    .appName("hako-bench").config("spark.ui.enabled", "false").getOrCreate();
            spark.sparkContext().setLogLevel("WARN");
            Stages stages = new Stages();
            spark.sparkContext().addSparkListener(stages);
            t = System.nanoTime();
            int code = MetricsJob.run(spark, JobArguments.parse(List.of(input.toString(), sparkOut.toString(),
                    "--as-of", AS_OF.toString())), out, System.err);
            double job = seconds(t);
            if (code != 0) {
                throw new IllegalStateException("the job failed with exit code " + code);
            }
            Thread.sleep(2_000); // the listener bus delivers the last stages asynchronously
            spark.stop();
            report(out, stages.stages(), job, embedded);
            long differences = differences(db, sparkOut.resolve("customers").resolve("*.parquet").toString());
            out.printf("customer tables: %s%n", differences == 0 ? "identical rows" : differences + " rows differ");
        }
        out.printf("load average at end: %s%n", load());
    }

    private static void report(PrintStream out, List<Stage> stages, double job, double embedded) {
        out.printf("spark (local[2]) job: %.1f s; ratio spark / embedded: %.1f%n", job, job / embedded);
        long shuffle = stages.stream().mapToLong(Stage::shuffleWrite).sum();
        long spilled = stages.stream().mapToLong(Stage::spilled).sum();
        out.printf("spark stages: %d, shuffle written %.1f MB, spilled to disk %.1f MB%n", stages.size(), mb(shuffle),
                mb(spilled));
        out.println("slowest stages (s, tasks, shuffle read MB, shuffle write MB, spill MB, peak execution memory MB):");
        stages.stream().sorted(Comparator.comparingDouble(Stage::seconds).reversed()).limit(8).forEach(s ->
                out.printf("  %6.1f s %4d tasks %8.1f %8.1f %8.1f %8.1f  %s%n", s.seconds(), s.tasks(),
                        mb(s.shuffleRead()), mb(s.shuffleWrite()), mb(s.spilled()), mb(s.peakMemory()),
                        s.name().replaceAll("\\s+", " ")));
        stages.stream().filter(s -> s.tasks() == 1 && s.shuffleRead() > 0)
                .max(Comparator.comparingLong(Stage::shuffleRead))
                .ifPresent(s -> out.printf("largest single-task stage (the global row_number of the rank): %.1f s,"
                        + " %.1f MB shuffle read, %.1f MB spilled%n", s.seconds(), mb(s.shuffleRead()), mb(s.spilled())));
    }

    private static void generate(Path file, long orders, long customers) throws SQLException {
        try (Connection db = ShopDatabase.inMemory();
             PreparedStatement p = db.prepareStatement(Sql.load(SparkBenchmark.class, "bench_orders.sql"))) {
            p.setLong(1, customers);
            p.setLong(2, orders);
            p.setString(3, file.toString());
            p.execute();
        }
    }

    private static long differences(Connection db, String files) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(Sql.load(SparkBenchmark.class, "bench_differences.sql"))) {
            p.setString(1, files);
            p.setString(2, files);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void execute(Connection db, String script, String parameter) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(Sql.load(SparkBenchmark.class, script))) {
            p.setString(1, parameter);
            p.execute();
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static double mb(long bytes) {
        return bytes / 1e6;
    }
}
