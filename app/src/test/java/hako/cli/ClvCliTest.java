package hako.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hako clv fit}, {@code hako clv diagnostics} and the CLV columns of {@code hako customers} on CDNOW. */
class ClvCliTest {

    static final Path SAMPLE = Path.of("..", "..", "shared", "data", "cdnow", "CDNOW_sample.txt");

    @TempDir
    static Path dir;
    static String db;
    static Run fit;

    @BeforeAll
    static void importAndFit() throws Exception {
        Path csv = dir.resolve("cdnow.csv");
        List<String> out = new ArrayList<>(List.of("order_id,ordered_at,customer_id,amount"));
        int no = 0;
        for (String line : Files.readAllLines(SAMPLE, StandardCharsets.US_ASCII)) {
            String[] f = line.strip().split("\\s+");
            out.add(++no + "," + f[2] + "," + f[1] + "," + f[4]);
        }
        Files.write(csv, out);
        db = dir.resolve("cdnow.duckdb").toString();
        Run imported = Run.hako("import", "--db", db, csv.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        fit = Run.hako("clv", "fit", "--db", db, "--calibration-end", "1997-09-30", "--holdout-end", "1998/06/30",
                "--set", "clv.zero_amount_orders=true");
    }

    @Test
    void fitPrintsThePublishedEstimatesWithStandardErrors() {
        assertThat(fit.exitCode()).as(fit.err()).isZero();
        assertThat(fit.out()).contains("through 1997-09-30, holdout to 1998-06-30",
                "customers 2357, repeat customers 946", "log-likelihood -9582.429", "log-likelihood -4055.917",
                "Scores stored for every customer at 1998-06-30");
        assertThat(fit.out().lines().filter(l -> l.startsWith("r ") || l.startsWith("alpha ") || l.startsWith("p ")))
                .anySatisfy(l -> assertThat(l).matches("r\\s+0\\.24259\\d\\s+0\\.0125\\d+"))
                .anySatisfy(l -> assertThat(l).matches("alpha\\s+4\\.4136\\d*\\s+0\\.37\\d+"))
                .anySatisfy(l -> assertThat(l).matches("p\\s+6\\.249\\d+\\s+\\S+"));
    }

    @Test
    void diagnosticsPrintTheHoldoutTableAsCsv() {
        Run run = Run.hako("clv", "diagnostics", "--db", db, "--section", "holdout", "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0)).isEqualTo("frequency,customers,actual,expected");
        assertThat(lines.get(1)).startsWith("0,1411,0.2367,0.225");
        assertThat(lines.get(8)).startsWith("7+,64,6.3594,6.15");
    }

    @Test
    void diagnosticsInTextHaveEverySection() {
        Run run = Run.hako("clv", "diagnostics", "--db", db);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Parameters", "Calibration vs holdout", "Weekly cumulative", "P(alive) by frequency",
                "1998-06-30");
        Run csvAll = Run.hako("clv", "diagnostics", "--db", db, "--format", "csv");
        assertThat(csvAll.exitCode()).isNotZero();
        assertThat(csvAll.err()).contains("choose --section");
    }

    @Test
    void customersGainTheClvColumnsAfterTheExistingOnes() {
        Run run = Run.hako("customers", "--db", db);
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("customer_id,frequency,monetary,first_purchase,last_purchase,tenure_days,"
                + "recency_days,rank,tier,cluster,stage,p_alive,expected_30,expected_90,expected_365,next_order_date,"
                + "expected_aov,clv_365,churn_risk");
        // the 8 customers whose only order is worth 0.00 are no customers in Hako's table
        assertThat(lines).hasSize(2349 + 1);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> {
            String[] f = l.split(",", -1);
            assertThat(f).hasSize(19);
            assertThat(f[11]).matches("[01]\\.\\d{4}");
            assertThat(f[18]).isIn("low", "medium", "high");
            assertThat(l).doesNotContain("NaN", "Infinity");
        });
    }

    @Test
    void tooLittleDataIsRefusedWithTheReason() throws Exception {
        Path csv = dir.resolve("tiny.csv");
        Files.writeString(csv, "order_id,ordered_at,customer_id,amount\n1,2024-01-01,A,100\n2,2024-02-01,A,100\n"
                + "3,2024-01-05,B,50\n");
        String tiny = dir.resolve("tiny.duckdb").toString();
        Run.hako("import", "--db", tiny, csv.toString());
        Run run = Run.hako("clv", "fit", "--db", tiny);
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("too little data", "2 customers, 1 of them bought again", "at least 100 customers");
        Run noCalibration = Run.hako("clv", "fit", "--db", tiny, "--holdout-end", "2024-02-01");
        assertThat(noCalibration.err()).contains("--holdout-end needs --calibration-end");
        Run customers = Run.hako("customers", "--db", tiny);
        assertThat(customers.out().lines().findFirst().orElseThrow()).endsWith(",stage");
    }
}
