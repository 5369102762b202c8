package hako.events;

import static org.assertj.core.api.Assertions.assertThat;

import hako.customers.MetricSnapshot;
import hako.imports.ImportOptions;
import hako.imports.ImportProgress;
import hako.imports.Importer;
import hako.store.ShopDatabase;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storing checked events: resent ids once, visitors merged with customers, purchases as orders. */
class EventStoreTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

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

    static SiteEvent view(String id, String visitor, String product) {
        return new SiteEvent(id, NOW.minusSeconds(60), EventType.PRODUCT_VIEW, visitor, null, product, null, null, null,
                null, null);
    }

    static SiteEvent purchase(String id, String visitor, String customer, String order, String product, String price,
                              int quantity) {
        return new SiteEvent(id, Instant.parse("2026-11-19T16:30:00Z"), EventType.PURCHASE, visitor, customer, product,
                "name " + product, new BigDecimal(price), quantity, order, null);
    }

    static SiteEvent identify(String visitor, String customer) {
        return new SiteEvent(null, NOW, EventType.IDENTIFY, visitor, customer, null, null, null, null, null, null);
    }

    EventStore.Written write(List<SiteEvent>... batches) throws Exception {
        return EventStore.write(c, List.of(batches), Intake.api(NOW, TOKYO));
    }

    @Test
    void aResentBatchIsNotStoredTwice() throws Exception {
        EventStore.Written first = write(List.of(view("e1", "v1", "P1"), view("e2", "v1", "P2")));
        EventStore.Written again = write(List.of(view("e1", "v1", "P1"), view("e2", "v1", "P2"), view("e3", "v1", "P3")),
                List.of(view("e4", "v2", "P1"), view("e4", "v2", "P1")));

        assertThat(first.batches()).containsExactly(new Stored(2, 0));
        assertThat(again.batches()).containsExactly(new Stored(3, 2), new Stored(2, 1));
        assertThat(again.stored().events()).isEqualTo(2);
        assertThat(rows("SELECT event_id, type, visitor_id, product_code, received_at FROM events ORDER BY event_id"))
                .containsExactly("e1|product_view|v1|P1|2026-11-20 03:00:00", "e2|product_view|v1|P2|2026-11-20 03:00:00",
                        "e3|product_view|v1|P3|2026-11-20 03:00:00", "e4|product_view|v1|P1|2026-11-20 03:00:00".replace("v1", "v2"));
    }

    @Test
    void eventsWithoutAnIdEachGetTheirOwn() throws Exception {
        write(List.of(view(null, "v1", "P1"), view(null, "v1", "P1")));

        assertThat(rows("SELECT count(DISTINCT event_id) FROM events")).containsExactly("2");
    }

    @Test
    void aVisitorsEarlierAnonymousEventsCountForTheCustomerOnceIdentified() throws Exception {
        write(List.of(view("e1", "v1", "P1"), view("e2", "v2", "P2")));
        assertThat(rows("SELECT event_id, counted_customer_id FROM customer_events ORDER BY event_id"))
                .containsExactly("e1|null", "e2|null");

        write(List.of(identify("v1", "C7")));
        write(List.of(identify("v1", "C7")));

        assertThat(rows("SELECT visitor_id, customer_id, linked_at FROM visitor_customers"))
                .containsExactly("v1|C7|2026-11-20 03:00:00");
        assertThat(rows("SELECT event_id, counted_customer_id FROM customer_events ORDER BY event_id"))
                .containsExactly("e1|C7", "e2|null");
        assertThat(rows("SELECT count(*) FROM events")).as("identify is a link, not an event").containsExactly("2");
    }

    @Test
    void aPurchaseBecomesAnOrderWithItsLinesAndANewCustomer() throws Exception {
        long before = MetricSnapshot.dataVersion(c);
        EventStore.Written w = write(List.of(purchase("p1:1", "v1", "C9", "A100", "P1", "1200", 2),
                purchase("p1:2", "v1", "C9", "A100", "P2", "350.50", 1)));

        assertThat(w.stored().orders()).isEqualTo(1);
        // 01:30 the next day in Tokyo (UTC+9): the order's local time and calendar day.
        assertThat(rows("SELECT order_id, customer_id, ordered_at, order_date, amount, cancelled, status FROM orders"))
                .containsExactly("A100|C9|2026-11-20 01:30:00|2026-11-20|2750.50|false|event");
        assertThat(rows("SELECT order_id, line_no, product_code, quantity, unit_price, amount FROM order_lines ORDER BY line_no"))
                .containsExactly("A100|1|P1|2.000|1200.00|2400.00", "A100|2|P2|1.000|350.50|350.50");
        assertThat(rows("SELECT customer_id, email FROM customers")).containsExactly("C9|null");
        assertThat(rows("SELECT kind, files, records FROM imports WHERE import_id = " + w.stored().importId()))
                .containsExactly("events|POST /api/v1/events|2");
        assertThat(MetricSnapshot.dataVersion(c)).as("not taken into the numbers yet").isEqualTo(before);
        EventStore.takeIn(c);
        assertThat(MetricSnapshot.dataVersion(c)).isEqualTo(before + 1).isEqualTo(w.stored().importId());
    }

    @Test
    void anEventsFileCountsAtOnceWithTheLivePurchasesBeforeIt() throws Exception {
        EventStore.Written live = write(List.of(purchase("lf1", "v1", "C1", "B1", "P1", "100", 1)));
        assertThat(MetricSnapshot.dataVersion(c)).isZero();
        assertThat(EventStore.lastFileImport(c)).as("the API's purchases are not a file").isZero();

        EventStore.Written file = EventStore.write(c, List.of(List.of(purchase("lf2", "v2", "C2", "B2", "P1", "100", 1))),
                Intake.file(NOW, TOKYO, "events.csv"));

        assertThat(live.stored().importId()).isEqualTo(1);
        assertThat(file.stored().importId()).isEqualTo(2);
        assertThat(MetricSnapshot.dataVersion(c)).isEqualTo(2);
        assertThat(EventStore.lastFileImport(c)).isEqualTo(2);
        write(List.of(purchase("lf3", "v3", "C3", "B3", "P1", "100", 1)));
        assertThat(MetricSnapshot.dataVersion(c)).isEqualTo(2);
        assertThat(EventStore.lastFileImport(c)).isEqualTo(2);
    }

    @Test
    void aPurchaseOfAKnownVisitorWithoutCustomerIdIsTheLinkedCustomers() throws Exception {
        write(List.of(identify("v1", "C3")));
        write(List.of(purchase("p1", "v1", null, "A1", "P1", "500", 1)));

        assertThat(rows("SELECT order_id, customer_id FROM orders")).containsExactly("A1|C3");
    }

    @Test
    void aPurchaseSentAgainUnderAnotherIdDoesNotDoubleTheOrder() throws Exception {
        write(List.of(purchase("p1", "v1", "C1", "A1", "P1", "500", 1)));
        EventStore.Written again = write(List.of(purchase("p2", "v1", "C1", "A1", "P1", "500", 1)));

        assertThat(again.stored().orders()).isZero();
        assertThat(again.stored().importId()).as("no new orders: the numbers did not change").isZero();
        assertThat(rows("SELECT order_id, amount FROM orders")).containsExactly("A1|500.00");
        assertThat(rows("SELECT count(*) FROM order_lines")).containsExactly("1");
    }

    @Test
    void aLaterOrderFileImportReplacesTheOrderAPurchaseEventMade() throws Exception {
        write(List.of(purchase("p1", "v1", "C1", "1001", "P1", "1000", 2)));
        Path file = dir.resolve("orders.csv");
        Files.writeString(file, """
                注文番号,注文日時,会員ID,商品コード,商品名,数量,単価,合計金額
                1001,2026/11/20 01:30,C1,P1,緑茶,2,"1,000","1,800"
                """, StandardCharsets.UTF_8);
        new Importer(c, ImportOptions.defaults(TOKYO)).run(List.of(file), ImportProgress.NONE);

        assertThat(rows("SELECT order_id, customer_id, amount, status FROM orders")).containsExactly("1001|C1|1800.00|null");
        assertThat(rows("SELECT count(*) FROM order_lines")).containsExactly("1");
        assertThat(rows("SELECT count(*) FROM events WHERE order_id = '1001'")).as("the event itself stays").containsExactly("1");
    }

    @Test
    void aPurchaseEventForAnOrderAlreadyImportedLeavesTheImportedOrder() throws Exception {
        Path file = dir.resolve("orders.csv");
        Files.writeString(file, """
                注文番号,注文日時,会員ID,商品コード,商品名,数量,単価,合計金額
                1001,2026/11/20 01:30,C1,P1,緑茶,2,"1,000","1,800"
                """, StandardCharsets.UTF_8);
        new Importer(c, ImportOptions.defaults(TOKYO)).run(List.of(file), ImportProgress.NONE);
        write(List.of(purchase("p1", "v1", "C1", "1001", "P1", "1000", 2)));

        assertThat(rows("SELECT order_id, amount FROM orders")).containsExactly("1001|1800.00");
        assertThat(rows("SELECT count(*) FROM order_lines")).containsExactly("1");
    }

    List<String> rows(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object v = r.getObject(i);
                    cells.add(v instanceof java.sql.Timestamp t ? t.toLocalDateTime().toString().replace('T', ' ')
                            + (t.toLocalDateTime().getSecond() == 0 && t.toLocalDateTime().getNano() == 0 ? ":00" : "")
                            : String.valueOf(v));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }
}
