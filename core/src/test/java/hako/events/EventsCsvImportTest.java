package hako.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hako.imports.ImportFailed;
import hako.store.ShopDatabase;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events from CSV: the API's checks with file, line and field; all or nothing; a re-import stores nothing twice. */
class EventsCsvImportTest {

    static final String EVENTS = """
            type,visitor_id,customer_id,occurred_at,product_code,product_name,price,quantity,order_id,url
            product_view,v1,,2026-11-01 10:00:00,P1,"緑茶, 100g",1200,,,https://shop.example/p1
            add_to_cart,v1,,2026-11-01 10:05:00,P1,"緑茶, 100g",1200,2,,
            purchase,v1,C1,2026-11-01 10:10:00,P1,"緑茶, 100g",1200,2,E-1,
            purchase,v1,C1,2026-11-01 10:10:00,P9,"急須 \"\"特\"\"",3000,1,E-1,
            product_view,v2,,2026-11-02 09:00:00,P1,,,,,
            product_view,v2,,2026-11-02 09:00:00,P1,,,,,
            """;

    @TempDir
    Path dir;
    Connection c;

    @BeforeEach
    void open() throws Exception {
        c = ShopDatabase.open(dir.resolve("shop.duckdb"));
    }

    @AfterEach
    void close() throws Exception {
        c.close();
    }

    Path write(String name, String text, Charset charset) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    EventsCsvImport.Report run(Path... files) throws Exception {
        return new EventsCsvImport(c, ZoneId.of("Asia/Tokyo")).run(List.of(files));
    }

    long count(String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void importsEventsWithTheirPurchaseAsAnOrder() throws Exception {
        EventsCsvImport.Report report = run(write("events.csv", EVENTS, StandardCharsets.UTF_8));

        assertThat(report.files()).containsExactly(new EventsCsvImport.FileReport("events.csv", 6, 6, 0));
        assertThat(report.orders()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM events WHERE import_id = " + report.importId())).isEqualTo(6);
        // Times without an offset are the shop's (Tokyo): 10:00 there is 01:00 UTC.
        assertThat(count("SELECT count(*) FROM events WHERE type = 'product_view' AND visitor_id = 'v1'"
                + " AND occurred_at = TIMESTAMP '2026-11-01 01:00:00' AND product_name = '緑茶, 100g'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM orders WHERE order_id = 'E-1' AND customer_id = 'C1' AND amount = 5400"
                + " AND ordered_at = TIMESTAMP '2026-11-01 10:10:00'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM order_lines WHERE order_id = 'E-1' AND product_name = '急須 \"特\"'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM customer_events WHERE visitor_id = 'v1' AND counted_customer_id = 'C1'"))
                .as("v1's views before the purchase count for C1").isEqualTo(4);
    }

    @Test
    void importingTheSameFileAgainStoresNothingTwice() throws Exception {
        Path file = write("events.csv", EVENTS, StandardCharsets.UTF_8);
        run(file);
        EventsCsvImport.Report again = run(file);

        assertThat(again.files()).containsExactly(new EventsCsvImport.FileReport("events.csv", 6, 0, 6));
        assertThat(count("SELECT count(*) FROM events")).isEqualTo(6);
        assertThat(count("SELECT count(*) FROM orders")).isEqualTo(1);
    }

    @Test
    void aShiftJisFileIsRead() throws Exception {
        run(write("events.csv", EVENTS.replace("\n", "\r\n"), Charset.forName("windows-31j")));

        assertThat(count("SELECT count(*) FROM events WHERE product_name = '緑茶, 100g'")).isEqualTo(3);
    }

    @Test
    void wrongLinesAreListedByFileLineAndFieldAndNothingIsStored() throws Exception {
        Path good = write("good.csv", EVENTS, StandardCharsets.UTF_8);
        Path bad = write("bad.csv", """
                type,visitor_id,occurred_at,product_code,price,quantity
                product_view,v9,2026-11-01 10:00,P1,,
                product_click,v9,2026-11-01 10:00,P1,,
                add_to_cart,,2026-11-01 10:00,P1,,
                add_to_cart,v9,2026-13-01 10:00,P1,,
                add_to_cart,v9,2026-11-01 10:00,P1,abc,
                add_to_cart,v9,2026-11-01 10:00,P1,100,1.5
                add_to_cart,v9,2026-11-01 10:00,P1
                """, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> run(good, bad)).isInstanceOfSatisfying(ImportFailed.class, e -> {
            assertThat(e.total()).isEqualTo(6);
            assertThat(e.errors()).extracting(Object::toString).containsExactly(
                    "bad.csv:3: type: unknown type \"product_click\": use product_view, add_to_cart, remove_from_cart,"
                            + " checkout, purchase, identify",
                    "bad.csv:4: visitor_id: missing visitor_id: every event names its visitor",
                    "bad.csv:5: occurred_at: cannot read \"2026-13-01 10:00\" as a time: use ISO 8601,"
                            + " e.g. 2026-11-23T10:15:00+09:00",
                    "bad.csv:6: price: cannot read \"abc\" as a price",
                    "bad.csv:7: quantity: quantity must be a whole number from 1 to 1000000, not \"1.5\"",
                    "bad.csv:8: 4 fields where the header has 6");
        });
        assertThat(count("SELECT count(*) FROM events")).isZero();
        assertThat(count("SELECT count(*) FROM imports")).isEqualTo(0);
    }

    @Test
    void anUnknownOrMissingColumnIsRefused() throws Exception {
        Path file = write("events.csv", "type,visitor,occurred_at\nproduct_view,v1,2026-11-01 10:00\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> run(file)).isInstanceOfSatisfying(ImportFailed.class, e ->
                assertThat(e.errors()).extracting(Object::toString).containsExactly(
                        "events.csv:1: visitor: unknown column; an events file has [customer_id, event_id, occurred_at,"
                                + " order_id, price, product_code, product_name, quantity, type, url, visitor_id]",
                        "events.csv:1: visitor_id: missing column visitor_id"));
    }
}
