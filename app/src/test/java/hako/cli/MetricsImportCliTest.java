package hako.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hako.customers.CustomerMetrics;
import hako.customers.MetricRules;
import hako.scaleout.MetricsImport;
import hako.store.ShopDatabase;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hako import --kind metrics DIR}: the Spark job's output (here written as the job writes it, from
 * DuckDB's own table; the spark module imports the real job's) into the shop it was computed for.
 */
class MetricsImportCliTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 3, 7);

    @TempDir
    Path dir;

    String shop() throws Exception {
        Path csv = Files.writeString(dir.resolve("orders.csv"), String.join("\n",
                "order_id,ordered_at,customer_id,amount,status",
                "A1,2024-03-01 10:00,M1,3000,shipped",
                "A2,2024-03-05 11:00,M1,1980,shipped",
                "A3,2024-03-07 12:00,M2,500,shipped", ""));
        String db = dir.resolve("shop.duckdb").toString();
        assertThat(Run.hako("import", "--db", db, csv.toString()).exitCode()).isZero();
        return db;
    }

    /** The job's output for the shop at AS_OF with {@code customers} in its properties. */
    Path jobOutput(String db, String name, String customers) throws Exception {
        Path out = dir.resolve(name);
        Files.createDirectories(out.resolve(MetricsImport.CUSTOMERS));
        try (Connection c = ShopDatabase.openExisting(Path.of(db)); Statement s = c.createStatement()) {
            CustomerMetrics.compute(c, AS_OF, MetricRules.DEFAULTS);
            s.execute("COPY hako_customer_metrics TO '" + out.resolve(MetricsImport.CUSTOMERS).resolve("part-0.parquet")
                    + "' (FORMAT parquet)");
        }
        Properties p = new Properties();
        p.setProperty("as_of", AS_OF.toString());
        p.setProperty("rules", MetricRules.DEFAULTS.toString());
        p.setProperty("customers", customers);
        try (Writer w = Files.newBufferedWriter(out.resolve(MetricsImport.PROPERTIES), StandardCharsets.UTF_8)) {
            p.store(w, null);
        }
        return out;
    }

    @Test
    void importsTheJobsOutputAsTheSnapshotAtItsAsOfDate() throws Exception {
        String db = shop();
        Path out = jobOutput(db, "out", "2");

        Run dry = Run.hako("import", "--kind", "metrics", "--dry-run", "--db", db, out.toString());
        Run run = Run.hako("import", "--kind", "metrics", "--db", db, out.toString());

        assertThat(dry.out()).contains(out + ": 2 customers at 2024-03-07 checked, nothing imported (dry run)");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(out + ": 2 customers at 2024-03-07 imported");
        try (Connection c = ShopDatabase.openExisting(Path.of(db)); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT string_agg(as_of || ' ' || source, ', ') FROM metric_snapshots")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("2024-03-07 imported");
        }
    }

    @Test
    void refusesOutputThatDoesNotFitWithTheInputExitCode() throws Exception {
        String db = shop();
        Path out = jobOutput(db, "out", "3");

        Run run = Run.hako("import", "--kind", "metrics", "--db", db, out.toString());

        assertThat(run.exitCode()).isEqualTo(Hako.INPUT_REFUSED);
        assertThat(run.err()).contains("nothing was imported", "the job wrote 3 customers, the files hold 2")
                .doesNotContain("at hako.");
        assertThat(Run.hako("import", "--kind", "metrics", "--db", db, out.toString(), out.toString()).err())
                .contains("--kind metrics takes one directory");
    }
}
