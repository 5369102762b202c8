package hako.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis commands end to end: import a small export, then each command's CSV and table. */
class AnalysesCliTest {

    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void importOrders() throws Exception {
        db = dir.resolve("shop.duckdb").toString();
        Path orders = dir.resolve("orders.csv");
        Files.writeString(orders, String.join("\n",
                "order_id,ordered_at,customer_id,product_code,quantity,unit_price",
                "1,2023-02-10,A,P1,1,100",
                "2,2023-03-05,A,P2,2,100",
                "3,2024-02-29,A,P1,3,100",
                "4,2024-03-10,A,P2,1,150",
                "5,2023-03-20,B,P1,5,100",
                "6,2024-02-01,B,P2,1,100",
                "7,2024-02-15,B,P2,1,100",
                "8,2024-03-01,C,P1,4,100",
                "9,2024-03-02,C,P2,1,100",
                "10,2023-01-15,D,P1,1,50", ""), StandardCharsets.UTF_8);
        Run run = Run.hako("import", "--db", db, orders.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void decomposeEveryMonthAsCsv() {
        Run run = Run.hako("decompose", "--db", db, "--as-of", "2024-03-15", "--from", "2024-02", "--buyers", "all");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).hasSize(3);
        assertThat(run.out().lines().toList().get(0)).startsWith("month,buyers,from,to,customers,orders,sales,frequency");
        assertThat(run.out()).contains("2024-02,all,2024-02-01,2024-02-29,2,3,500.00,1.5000,166.67,1,1,100.00,1.0000,"
                + "100.00,2.0000,1.5000,1.6667,5.0000,up,up,up,up,false,false,false,false");
        assertThat(run.out()).contains("2024-03,all,2024-03-01,2024-03-15,2,3,650.00,1.5000,216.67,1,1,200.00,1.0000,"
                + "200.00,2.0000,1.5000,1.0833,3.2500,up,up,up,up,true,true,true,true");
    }

    @Test
    void decomposeAsATableWithItsDefinition() {
        Run run = Run.hako("decompose", "--db", db, "--format", "table", "--lang", "en", "--from", "2023-12");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Each month's sales split into customers").contains("2023-12  all");
    }

    @Test
    void decomposeRefusesAnUnreadableMonth() {
        Run run = Run.hako("decompose", "--db", db, "--from", "2024-13");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--from 2024-13: write a month as YYYY-MM");
    }
}
