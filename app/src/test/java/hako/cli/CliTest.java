package hako.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands a user types, end to end on a real database file. */
class CliTest {

    @TempDir
    Path dir;

    Path writeSjisOrders() throws Exception {
        Path file = dir.resolve("受注.csv");
        String csv = String.join("\r\n",
                "受注番号,注文日時,会員ID,商品コード,商品名,数量,単価,ステータス",
                "A1,令和4年11月1日,M1,P1,髙級美容液,1,\"￥3,000\",発送済",
                "A2,2022/11/20 10:00,M1,P1,髙級美容液,2,\"￥3,000\",発送済",
                "A3,2022/11/25 10:00,M2,P2,青汁,1,1980円,発送済",
                "A4,2022/11/26 10:00,M3,P2,青汁,1,1980円,キャンセル",
                "A5,2022/11/30 10:00,,P2,青汁,1,1980円,発送済",
                ",,,,,,,", "");
        Files.write(file, csv.getBytes(Charset.forName("windows-31j")));
        return file;
    }

    @Test
    void importsAShiftJisExportAndPrintsTheMappingUsed() throws Exception {
        Run run = Run.hako("import", "--db", dir.resolve("shop.duckdb").toString(), writeSjisOrders().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Shift_JIS", "\"受注番号\" → order_id", "\"注文日時\" → ordered_at",
                "\"会員ID\" → customer_id", "5 orders in 5 lines", "1 cancelled",
                "1 order (1 line) names no customer", "1 empty line with nothing in the columns used: skipped");
    }

    @Test
    void printsTheCustomerTableWithExactlyTheDocumentedColumns() throws Exception {
        String db = dir.resolve("shop.duckdb").toString();
        Run.hako("import", "--db", db, writeSjisOrders().toString());
        Run run = Run.hako("customers", "--db", db, "--as-of", "R4.11.30");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).containsExactly(
                "customer_id,frequency,monetary,first_purchase,last_purchase,tenure_days,recency_days,rank,tier,cluster,stage",
                "M1,2,9000.00,2022-11-01,2022-11-20,19,10,1,top1,top1,activation",
                "M2,1,1980.00,2022-11-25,2022-11-25,0,5,2,,one_time,acquisition");
    }

    @Test
    void summaryIsJapaneseByDefaultAndEnglishOnRequest() throws Exception {
        String db = dir.resolve("shop.duckdb").toString();
        Run.hako("import", "--db", db, writeSjisOrders().toString());
        Run ja = Run.hako("summary", "--db", db);
        assertThat(ja.exitCode()).as(ja.err()).isZero();
        assertThat(ja.out()).contains("ショップ概要（データ抽出日 2022-11-30）", "顧客数", "リピート率", "50.0%",
                "既存客離脱防止", "顧客不明の購入");
        Run en = Run.hako("summary", "--db", db, "--lang", "en", "--as-of", "2022年11月30日");
        assertThat(en.out()).contains("Shop summary (as of 2022-11-30)", "Repeat rate", "Churn prevention",
                "Average order value (AOV)", "3,660");
    }

    @Test
    void settingsComeFromAFileAndFlags() throws Exception {
        String db = dir.resolve("shop.duckdb").toString();
        Run.hako("import", "--db", db, writeSjisOrders().toString());
        Path config = dir.resolve("hako.properties");
        Files.writeString(config, "stage.churn_days=5\nstage.acquisition_days=3\n");
        Run run = Run.hako("customers", "--db", db, "--config", config.toString(), "--set", "stage.churn_days=7");
        assertThat(run.out()).contains("M1,2,9000.00,2022-11-01,2022-11-20,19,10,1,top1,top1,churn_prevention",
                "M2,1,1980.00,2022-11-25,2022-11-25,0,5,2,,one_time,activation");
        Run bad = Run.hako("customers", "--db", db, "--set", "stage.churn=7");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("unknown setting");
    }

    @Test
    void aBrokenFileIsRefusedWithFileLineAndColumnAndChangesNothing() throws Exception {
        String db = dir.resolve("shop.duckdb").toString();
        Run.hako("import", "--db", db, writeSjisOrders().toString());
        Path bad = dir.resolve("orders.csv");
        Files.writeString(bad, "注文番号,注文日時,顧客ID,金額\nB1,2022/11/30,M9,1000\nB2,2022/13/45,M9,1000\n");
        Run run = Run.hako("import", "--db", db, bad.toString());
        assertThat(run.exitCode()).isEqualTo(Hako.INPUT_REFUSED);
        assertThat(run.err()).contains("orders.csv:3: 注文日時: cannot read \"2022/13/45\" as a date",
                "nothing was imported");
        assertThat(Run.hako("customers", "--db", db).out()).doesNotContain("M9");
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        Path db = dir.resolve("shop.duckdb");
        Run run = Run.hako("import", "--db", db.toString(), "--dry-run", writeSjisOrders().toString());
        assertThat(run.out()).contains("dry run: nothing was written");
        assertThat(db).doesNotExist();
        Run customers = Run.hako("customers", "--db", db.toString());
        assertThat(customers.exitCode()).isNotZero();
        assertThat(customers.err()).contains("no shop database at " + db);
    }

    @Test
    void explicitMappingOverridesDetection() throws Exception {
        Path file = dir.resolve("odd.csv");
        Files.writeString(file, "伝票,日付,客,売上\nX1,2022-11-01,K1,500\n", StandardCharsets.UTF_8);
        String db = dir.resolve("shop.duckdb").toString();
        Run run = Run.hako("import", "--db", db, "--map", "order_id=伝票", "--map", "ordered_at=日付",
                "--map", "customer_id=客", "--map", "amount=売上", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"伝票\" → order_id", "\"売上\" → amount");
        Run unknown = Run.hako("import", "--db", db, "--map", "order_id=ない", file.toString());
        assertThat(unknown.exitCode()).isEqualTo(Hako.INPUT_REFUSED);
        assertThat(unknown.err()).contains("no column \"ない\"", "伝票, 日付, 客, 売上");
    }

    @Test
    void saysPlainlyWhenAnotherProcessHoldsTheDatabase() throws Exception {
        Path db = dir.resolve("held.duckdb");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(), db.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(holder.getInputStream()))) {
            assertThat(in.readLine()).isEqualTo("ready");
            Run run = Run.hako("import", "--db", db.toString(), writeSjisOrders().toString());
            assertThat(run.exitCode()).isEqualTo(Hako.DATABASE_IN_USE);
            assertThat(run.err()).contains("is in use by another Hako process", "another import");
            Run serve = Run.hako("serve", "--db", db.toString(), "--port", "0");
            assertThat(serve.exitCode()).isEqualTo(Hako.DATABASE_IN_USE);
            assertThat(serve.err()).contains("is in use by another Hako process").doesNotContain("at org.");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
    }

    @Test
    void helpListsTheCommands() {
        Run run = Run.hako("--help");
        assertThat(run.out()).contains("demo", "import", "customers", "summary", "serve", "bench", "bench-web");
        assertThat(List.of(run.exitCode())).containsExactly(0);
    }
}
