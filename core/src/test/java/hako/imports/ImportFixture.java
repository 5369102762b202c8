package hako.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import hako.store.ShopDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh shop in a real DuckDB file for each test, and the means to write exports, import them and
 * read the tables back. Extended by the import tests so their bodies read as plain steps.
 */
abstract class ImportFixture {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    static final ImportOptions DEFAULTS = ImportOptions.defaults(TOKYO);

    /** One row per order line, order columns repeated on every line. */
    static final String ORDERS = """
            注文番号,注文日時,会員ID,商品コード,商品名,数量,単価,合計金額
            1001,2022/11/01 10:00,M1,P1,緑茶,2,"1,000","2,500"
            1001,2022/11/01 10:00,M1,P2,湯呑み,1,500,"2,500"
            1002,2022/11/05 09:30,M2,P1,緑茶,1,"1,000","1,000"
            1003,2022/11/20 18:45,M1,P3,急須,1,"3,000","3,000"
            """;

    @TempDir
    Path dir;
    Connection db;

    @BeforeEach
    void open() throws SQLException {
        db = ShopDatabase.open(dir.resolve("shop.duckdb"));
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    ImportReport run(Path... files) throws Exception {
        return run(DEFAULTS, files);
    }

    ImportReport run(ImportOptions options, Path... files) throws Exception {
        return new Importer(db, options).run(List.of(files), ImportProgress.NONE);
    }

    static ImportReport.OrdersSummary orders(ImportReport report) {
        return (ImportReport.OrdersSummary) report.kinds().stream()
                .filter(k -> k.kind() == ImportKind.ORDERS).findFirst().orElseThrow();
    }

    ImportFailed failsAndChangesNothing(Path file) throws Exception {
        return failsAndChangesNothing(DEFAULTS, file);
    }

    /** Seeds the database, runs a broken import and checks that every table is exactly as before. */
    ImportFailed failsAndChangesNothing(ImportOptions options, Path... files) throws Exception {
        seed();
        List<String> before = dump();
        ImportFailed failed = catchThrowableOfType(() -> run(options, files), ImportFailed.class);
        assertThat(failed).as("the import fails").isNotNull();
        assertThat(dump()).isEqualTo(before);
        assertThat(failed.errors()).allSatisfy(e -> assertThat(e.message()).isNotBlank());
        return failed;
    }

    void seed() throws Exception {
        run(write("seed_orders.csv", StandardCharsets.UTF_8, ORDERS));
        run(write("seed_customers.csv", StandardCharsets.UTF_8, "顧客ID,氏名,メルマガ\nM1,髙橋 一郎,可\nM2,山﨑 花子,不可\n"));
        run(write("seed_products.csv", StandardCharsets.UTF_8, "商品コード,商品名,利用サイクル日数\nP1,緑茶,30\n"));
    }

    /** Every row of every table an import writes, to compare before and after. */
    List<String> dump() throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("orders", "order_lines", "customers", "products", "imports",
                "acquisition_spend", "nps_responses")) {
            rows.add("-- " + table);
            rows.addAll(rows("SELECT * FROM " + table + " ORDER BY ALL"));
        }
        return rows;
    }

    List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringJoiner row = new StringJoiner("|");
                for (int i = 1; i <= n; i++) {
                    Object v = r.getObject(i);
                    row.add(v instanceof Timestamp t ? t.toLocalDateTime().toString() : String.valueOf(v));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    long count(String sql) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql); ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    Path write(String name, Charset charset, String text) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }

    Path writeBytes(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return Files.write(dir.resolve(name), out.toByteArray());
    }
}
