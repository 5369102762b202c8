package hako.spark;

import hako.analyses.cohorts.Cohorts;
import hako.customers.CustomerMetrics;
import hako.customers.MetricRules;
import hako.scaleout.MetricsImport;
import hako.store.SqlVariable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The customer table on Spark: reads Hako's orders from Parquet, runs the core's purchases.sql and
 * metrics.sql (the same text DuckDB runs) and writes every customer's F, M, first and last purchase,
 * tenure, R, rank, tier, cluster and stage as Parquet in OUTPUT/customers, ordered by rank, the cohort
 * table (hako/spark/cohort_cells.sql, from the orders; the embedded engine gives the same cells from its
 * stored facts) in OUTPUT/cohorts, and last
 * OUTPUT/hako-metrics.properties (as-of date, rules, counts), which {@code hako import --kind metrics OUTPUT}
 * reads.
 *
 * <pre>spark-submit --master 'local[*]' --class hako.spark.MetricsJob hako-spark.jar orders.parquet out --as-of 2024-03-31</pre>
 *
 * <p>Bad input ends with one message on stderr and exit code 2; progress goes to stdout.
 */
public final class MetricsJob {

    /** The directory in OUTPUT holding the cohort table (the cells of hako cohorts). */
    static final String COHORTS = "cohorts";

    /** Exit code for input the job refuses. */
    static final int BAD_INPUT = 2;

    private MetricsJob() {
    }

    public static void main(String[] args) {
        JobArguments arguments;
        try {
            arguments = JobArguments.parse(List.of(args));
        } catch (BadInput e) {
            System.err.println("hako-spark: " + e.getMessage());
            System.exit(BAD_INPUT);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("hako-metrics").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        int code;
        try {
            code = run(spark, arguments, System.out, System.err);
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /** Runs the job on {@code spark}; returns the exit code (0, or {@link #BAD_INPUT} after a message on err). */
    static int run(SparkSession spark, JobArguments args, PrintStream out, PrintStream err) {
        try {
            compute(spark, args, out);
            return 0;
        } catch (BadInput e) {
            err.println("hako-spark: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    private static void compute(SparkSession spark, JobArguments args, PrintStream out) throws BadInput {
        long started = System.nanoTime();
        requireNewOutput(spark, args.output());
        out.println("hako-spark: reading orders from " + args.input());
        OrdersInput.Read read = OrdersInput.register(spark, args.input());
        out.printf("hako-spark: %,d orders, %s … %s%n", read.orders(), read.first(), read.last());
        LocalDate asOf = args.asOf() == null ? read.last() : args.asOf();
        if (asOf.isBefore(read.first())) {
            throw new BadInput("as-of " + asOf + " is before the first order (" + read.first()
                    + "): there is nothing to measure yet");
        }
        MetricRules r = args.rules();
        out.printf("hako-spark: customer metrics at %s (acquisition ≤ %d days, churn > %d days, retention from %d"
                        + " purchases, TOP %s / %s / %s %%)%n", asOf, r.acquisitionDays(), r.churnDays(),
                r.retentionOrders(), r.top1Percent().toPlainString(), r.top10Percent().toPlainString(),
                r.top20Percent().toPlainString());
        SparkDialect dialect = new SparkDialect(spark, CustomerMetrics.variables(asOf, args.rules()));
        dialect.run(CustomerMetrics.class, "purchases.sql");
        dialect.run(CustomerMetrics.class, "metrics.sql");
        long customers = spark.table("hako_customer_metrics").count();
        Path output = new Path(args.output());
        out.printf("hako-spark: writing %,d customers to %s%n", customers, new Path(output, MetricsImport.CUSTOMERS));
        spark.sparkContext().setJobDescription("hako: write the customer table");
        spark.table("hako_customer_metrics").orderBy("rank").write()
                .parquet(new Path(output, MetricsImport.CUSTOMERS).toString());
        Path cohortsOut = new Path(output, COHORTS);
        out.printf("hako-spark: cohort table at %s (%d months per cohort) to %s%n", asOf, Cohorts.MONTHS, cohortsOut);
        SparkDialect cohorts = new SparkDialect(spark, List.of(
                new SqlVariable("hako_analysis_as_of", "DATE", asOf.toString()),
                new SqlVariable("hako_cohort_months", "INTEGER", Cohorts.MONTHS)));
        Dataset<Row> cells = cohorts.query(MetricsJob.class, "cohort_cells.sql");
        spark.sparkContext().setJobDescription("hako: write the cohort table");
        cells.write().parquet(cohortsOut.toString());
        Properties done = new Properties();
        done.setProperty("as_of", asOf.toString());
        done.setProperty("rules", r.toString());
        done.setProperty("customers", Long.toString(customers));
        done.setProperty("orders", Long.toString(read.orders()));
        done.setProperty("cohort_months", Integer.toString(Cohorts.MONTHS));
        done.setProperty("input", args.input());
        write(spark, new Path(output, MetricsImport.PROPERTIES), done);
        out.printf("hako-spark: done in %.1f s%n", Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
    }

    /** Writes {@code p} to {@code file} last: its presence says the output is complete. */
    private static void write(SparkSession spark, Path file, Properties p) throws BadInput {
        try (Writer w = new OutputStreamWriter(file.getFileSystem(spark.sparkContext().hadoopConfiguration())
                .create(file, false), StandardCharsets.UTF_8)) {
            p.store(w, "hako-spark MetricsJob: the customer table's as-of date, rules and counts"
                    + " (read by hako import --kind metrics)");
        } catch (IOException e) {
            throw new BadInput("cannot write " + file + ": " + e.getMessage());
        }
    }

    private static void requireNewOutput(SparkSession spark, String output) throws BadInput {
        Path path = new Path(output);
        try {
            if (path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
                throw new BadInput("output " + output + " exists: remove it or name another");
            }
        } catch (IOException e) {
            throw new BadInput("cannot check output " + output + ": " + e.getMessage());
        }
    }
}
