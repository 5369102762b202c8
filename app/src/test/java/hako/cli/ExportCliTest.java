package hako.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hako.store.ShopDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hako export --format parquet}: the orders as the Spark job reads them. */
class ExportCliTest {

    @TempDir
    Path dir;

    @Test
    void writesTheImportedOrdersAsParquet() throws Exception {
        Path csv = Files.writeString(dir.resolve("orders.csv"), String.join("\n",
                "order_id,ordered_at,customer_id,amount,status",
                "A1,2024-03-01 10:00,M1,3000,shipped",
                "A2,2024-03-05 11:00,M1,1980,shipped",
                "A3,2024-03-07 12:00,,500,shipped", ""));
        String db = dir.resolve("shop.duckdb").toString();
        assertThat(Run.hako("import", "--db", db, csv.toString()).exitCode()).isZero();
        Path out = dir.resolve("orders.parquet");

        Run run = Run.hako("export", "--format", "parquet", "--db", db, out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("3 orders written to " + out);
        try (Connection c = ShopDatabase.inMemory(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT string_agg(order_id || ':' || coalesce(customer_id, '-') || ':'"
                     + " || order_date || ':' || amount, ' ' ORDER BY order_id) FROM read_parquet('" + out + "')")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("A1:M1:2024-03-01:3000.00 A2:M1:2024-03-05:1980.00 A3:-:2024-03-07:500.00");
        }
    }

    @Test
    void refusesAnExistingFileWithOneLine() throws Exception {
        Path csv = Files.writeString(dir.resolve("orders.csv"), "order_id,ordered_at,customer_id,amount\nA1,2024-03-01,M1,30\n");
        String db = dir.resolve("shop.duckdb").toString();
        Run.hako("import", "--db", db, csv.toString());
        Path out = Files.writeString(dir.resolve("orders.parquet"), "");

        Run run = Run.hako("export", "--db", db, out.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("orders.parquet exists").doesNotContain("at hako.");
    }
}
