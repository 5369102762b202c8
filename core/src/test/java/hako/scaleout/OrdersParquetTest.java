package hako.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hako.testing.SmallShop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrdersParquetTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryOrderWithTheColumnsAndTypesTheSparkJobReads() throws Exception {
        try (SmallShop shop = new SmallShop(dir.resolve("shop.duckdb"))) {
            shop.purchases("A", 120, "2024-01-05", "2024-02-01").purchases(null, 30, "2024-01-07");
            Connection db = shop.db();
            try (Statement s = db.createStatement()) {
                s.execute("INSERT INTO orders VALUES ('C1', 'B', TIMESTAMP '2024-01-09 10:00', DATE '2024-01-09',"
                        + " 45.50, true, 'cancelled', 1)");
            }
            Path file = dir.resolve("orders.parquet");

            long rows = OrdersParquet.export(db, file, "tester");

            assertThat(rows).isEqualTo(4);
            assertThat(rows(db, "SELECT order_id, coalesce(customer_id, '-'), order_date, amount, cancelled"
                    + " FROM read_parquet(?) ORDER BY order_id", file)).containsExactly(
                    "C1|B|2024-01-09|45.50|true", "O1|A|2024-01-05|120.00|false", "O2|A|2024-02-01|120.00|false",
                    "O3|-|2024-01-07|30.00|false");
            assertThat(rows(db, "SELECT column_name || ' ' || column_type FROM (DESCRIBE SELECT * FROM read_parquet(?))",
                    file)).containsExactly("order_id VARCHAR", "customer_id VARCHAR", "order_date DATE",
                    "amount DECIMAL(18,2)", "cancelled BOOLEAN");
            assertThat(rows(db, "SELECT username || ' ' || action || ' ' || rows FROM audit_log WHERE ? IS NOT NULL",
                    file)).containsExactly("tester export_orders 4");
        }
    }

    @Test
    void refusesToOverwriteAFile() throws Exception {
        try (SmallShop shop = new SmallShop(dir.resolve("shop.duckdb"))) {
            shop.purchases("A", 120, "2024-01-05");
            Path file = Files.writeString(dir.resolve("orders.parquet"), "keep me");

            assertThatThrownBy(() -> OrdersParquet.export(shop.db(), file, "tester"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exists");
            assertThat(Files.readString(file)).isEqualTo("keep me");
        }
    }

    private static List<String> rows(Connection db, String sql, Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement(sql)) {
            p.setString(1, file.toString());
            try (ResultSet r = p.executeQuery()) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<String> v = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        v.add(r.getString(i));
                    }
                    out.add(String.join("|", v));
                }
            }
        }
        return out;
    }
}
