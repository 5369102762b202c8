package hako.spark;

import static hako.spark.BothEngines.sql;
import static org.assertj.core.api.Assertions.assertThat;

import hako.store.ShopDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input the job refuses: one line on stderr, exit code 2, no Spark stack trace, nothing written. */
class BadInputTest {

    @TempDir
    static Path dir;
    static Connection db;

    @BeforeAll
    static void open() throws Exception {
        db = ShopDatabase.inMemory();
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    /** Writes {@code select} as a Parquet file and returns its path. */
    static String parquet(String name, String select) throws Exception {
        Path file = dir.resolve(name + ".parquet");
        sql(db, "COPY (" + select + ") TO '" + file + "' (FORMAT parquet)");
        return file.toString();
    }

    static BothEngines.JobRun refused(String... args) throws Exception {
        BothEngines.JobRun run = BothEngines.job(args);
        assertThat(run.exitCode()).isEqualTo(MetricsJob.BAD_INPUT);
        assertThat(run.err()).startsWith("hako-spark: ").doesNotContain("\tat ", "Exception");
        return run;
    }

    @Test
    void namesMissingColumnsAndWrongTypes() throws Exception {
        String input = parquet("wrong", "SELECT 'o1' AS order_id, 'A' AS customer_id, TIMESTAMP '2024-01-01 10:00'"
                + " AS order_date, 12.5::DOUBLE AS amount");

        BothEngines.JobRun run = refused(input, dir.resolve("out-wrong").toString());

        assertThat(run.err()).contains("column order_date is TIMESTAMP", "expected DATE",
                "column amount is DOUBLE, expected DECIMAL(18, 2)", "missing column cancelled");
        assertThat(dir.resolve("out-wrong")).doesNotExist();
    }

    @Test
    void refusesAnAsOfDateBeforeAllOrders() throws Exception {
        String input = parquet("early", "SELECT 'o1' AS order_id, 'A' AS customer_id, DATE '2024-01-05' AS order_date,"
                + " 10.00::DECIMAL(18, 2) AS amount, false AS cancelled");

        BothEngines.JobRun run = refused(input, dir.resolve("out-early").toString(), "--as-of", "2023-12-31");

        assertThat(run.err()).contains("as-of 2023-12-31 is before the first order (2024-01-05)");
    }

    @Test
    void refusesMissingValuesButACustomer() throws Exception {
        String input = parquet("nulls", "SELECT * FROM (VALUES ('o1', NULL, DATE '2024-01-05', 10.00::DECIMAL(18, 2), false),"
                + " ('o2', 'A', NULL, 5.00::DECIMAL(18, 2), false), (NULL, 'B', DATE '2024-01-06', NULL, false))"
                + " t(order_id, customer_id, order_date, amount, cancelled)");

        BothEngines.JobRun run = refused(input, dir.resolve("out-nulls").toString());

        assertThat(run.err()).contains("1 rows without order_id, 1 rows without order_date, 1 rows without amount")
                .doesNotContain("customer_id,");
    }

    @Test
    void refusesACorruptParquetFileInOneLine() throws Exception {
        Path garbage = Files.writeString(dir.resolve("garbage.parquet"), "order_id,customer_id\no1,A\n");
        assertThat(refused(garbage.toString(), dir.resolve("out-garbage").toString()).err())
                .contains("cannot read Parquet orders at", "garbage.parquet").hasLineCount(1);

        // A real file cut short: its footer, which holds the schema, is gone.
        byte[] whole = Files.readAllBytes(Path.of(parquet("whole", "SELECT 'o' || i AS order_id, 'A' AS customer_id,"
                + " DATE '2024-01-05' AS order_date, 10.00::DECIMAL(18, 2) AS amount, false AS cancelled FROM range(1000) t(i)")));
        Path cut = Files.write(dir.resolve("cut.parquet"), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(refused(cut.toString(), dir.resolve("out-cut").toString()).err())
                .contains("cannot read Parquet orders at", "cut.parquet").hasLineCount(1);
        assertThat(dir.resolve("out-cut")).doesNotExist();
    }

    @Test
    void refusesDuplicateOrderIdsNamingOne() throws Exception {
        String input = parquet("twice", "SELECT * FROM (VALUES ('o1', 'A', DATE '2024-01-05', 10.00::DECIMAL(18, 2), false),"
                + " ('o2', 'A', DATE '2024-01-06', 5.00::DECIMAL(18, 2), false),"
                + " ('o2', 'B', DATE '2024-01-07', 7.00::DECIMAL(18, 2), false))"
                + " t(order_id, customer_id, order_date, amount, cancelled)");

        BothEngines.JobRun run = refused(input, dir.resolve("out-twice").toString());

        assertThat(run.err()).contains("order_id o2 appears 2 times", "one row per order").hasLineCount(1);
        assertThat(dir.resolve("out-twice")).doesNotExist();
    }

    @Test
    void refusesAMissingInputAnExistingOutputAndBadArguments() throws Exception {
        assertThat(refused(dir.resolve("nowhere.parquet").toString(), dir.resolve("out-none").toString()).err())
                .contains("cannot read Parquet orders at").contains("nowhere.parquet");
        Path existing = Files.createDirectories(dir.resolve("out-existing"));
        String input = parquet("fine", "SELECT 'o1' AS order_id, 'A' AS customer_id, DATE '2024-01-05' AS order_date,"
                + " 10.00::DECIMAL(18, 2) AS amount, false AS cancelled");
        assertThat(refused(input, existing.toString()).err()).contains("out-existing exists");
        assertThat(refused(input, "x", "--as-of", "31/03/2024").err()).contains("is not a date like 2024-03-31");
        assertThat(refused(input, "x", "--set", "tier.top1=2").err()).contains("unknown setting [tier.top1]");
        assertThat(refused(input).err()).contains("INPUT and OUTPUT are required", "usage:");
    }
}
