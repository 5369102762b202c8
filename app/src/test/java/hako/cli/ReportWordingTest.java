package hako.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports say "1 order" and "2 orders", and say so when a file holds no data. */
class ReportWordingTest {

    @TempDir
    Path dir;

    @Test
    void oneOfAnythingIsSingular() throws Exception {
        String db = dir.resolve("shop.duckdb").toString();
        Path orders = Files.writeString(dir.resolve("orders.csv"),
                "注文番号,注文日時,顧客ID,金額\nA1,2022/08/01,M1,1000\nA2,2022/11/30,,500\n");
        Run first = Run.hako("import", "--db", db, orders.toString());
        assertThat(first.out()).contains("orders.csv: orders, UTF-8, ','-separated, 2 rows",
                "orders: 2 orders in 2 lines (0 replace orders already imported)",
                "1 order (1 line) names no customer");

        Path again = Files.writeString(dir.resolve("again.csv"), "注文番号,注文日時,顧客ID,金額\nA1,2022/08/01,M1,1000\n");
        Run second = Run.hako("import", "--db", db, again.toString());
        assertThat(second.out()).contains("again.csv: orders, UTF-8, ','-separated, 1 row%n".formatted(),
                "orders: 1 order in 1 line (1 replaces an order already imported)", "  1 purchase, 0 cancelled");

        Path customers = Files.writeString(dir.resolve("customers.csv"), "顧客ID,氏名\nM1,山田 太郎\nM1,山田 太郎\n");
        assertThat(Run.hako("import", "--db", db, customers.toString()).out())
                .contains("customers: 1 record (0 replace existing ones), 1 row repeated an id: the last one was kept");

        Run summary = Run.hako("summary", "--db", db, "--lang", "en");
        assertThat(summary.out()).contains("(1 customer eligible)", "1  order, sales 500");
    }

    @Test
    void aFileWithAHeaderButNoRowsSaysSo() throws Exception {
        Path orders = Files.writeString(dir.resolve("empty.csv"), "注文番号,注文日時,顧客ID,金額\n");
        Run run = Run.hako("import", "--db", dir.resolve("shop.duckdb").toString(), orders.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("empty.csv: orders, UTF-8, ','-separated, 0 rows%n  (no data rows".formatted());
    }
}
