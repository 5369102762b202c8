package hako.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import hako.web.WebApp;
import hako.web.security.WebSession;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An events CSV imported on the web import page as {@code hako events import} does it: recognised by its
 * header (no kind or columns to choose), all or nothing, errors naming the uploaded file, line and field.
 */
class EventsImportHttpTest {

    static WebApp app;
    static WebSession marketer;

    @BeforeAll
    static void start() throws Exception {
        app = WebApp.shared();
        marketer = WebSession.loggedIn(app, WebApp.MARKETER);
    }

    static long count(String sql) throws Exception {
        try (Connection c = app.db().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static String text(String sql) throws Exception {
        try (Connection c = app.db().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    /** Uploads {@code files}, returns the upload's page path (/imports/ID). */
    static String upload(Map<String, byte[]> files) throws Exception {
        marketer.get("/imports");
        HttpResponse<String> r = marketer.upload("/imports", "files", files);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        return WebSession.location(r).replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void anEventsFileIsRecognisedImportedAndItsPurchaseBecomesAnOrder() throws Exception {
        String run = Long.toString(System.nanoTime());
        // days the demo shop already has, so that the shop's as-of date (its latest order) stays where it is
        String day = text("SELECT (max(order_date) - 5)::VARCHAR FROM orders");
        String csv = "event_id,type,visitor_id,customer_id,product_code,product_name,price,quantity,order_id,occurred_at\n"
                + "ev" + run + "-1,add_to_cart,v" + run + ",WEB-EV" + run + ",T-01,緑茶 100g,1200,2,," + day
                + "T10:00:00+09:00\n"
                + "ev" + run + "-2,purchase,v" + run + ",WEB-EV" + run + ",T-01,緑茶 100g,1200,2,EVO-" + run + "," + day
                + "T10:30:00+09:00\n";
        String page = upload(Map.of("サイトイベント.csv", csv.getBytes(Charset.forName("windows-31j"))));

        String preview = marketer.get(page).body();
        assertThat(preview).contains("events-kind", "サイトイベント", "列の対応を選ぶ必要はありません", "Shift_JIS")
                .doesNotContain("name=\"kind.0\"", "table class=\"data mapping\"");
        String result = marketer.importAndWait(page);

        assertThat(result).contains("data-state=\"DONE\"", "サイトイベント.csv", "購入イベントから作られた注文: 1 件");
        assertThat(result).containsPattern("class=\"num stored\">2<");
        assertThat(count("SELECT count(*) FROM events WHERE visitor_id = 'v" + run + "'")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM orders WHERE order_id = 'EVO-" + run + "' AND customer_id = 'WEB-EV" + run
                + "' AND amount = 2400")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'import' AND detail LIKE '%サイトイベント.csv'"))
                .isEqualTo(1);

        // the same file again: recognised as stored, nothing twice
        String again = marketer.importAndWait(upload(Map.of("サイトイベント.csv", csv.getBytes(Charset.forName("windows-31j")))));
        assertThat(again).containsPattern("class=\"num duplicates\">2<");
        assertThat(count("SELECT count(*) FROM events WHERE visitor_id = 'v" + run + "'")).isEqualTo(2);
    }

    @Test
    void oneBadLineRefusesTheWholeUploadNamingFileLineAndField() throws Exception {
        String run = Long.toString(System.nanoTime());
        String good = "type,visitor_id,customer_id,product_code,price,occurred_at\n"
                + "product_view,w" + run + ",,T-01,1200,2026-11-20T10:00:00+09:00\n";
        String bad = "type,visitor_id,product_code,price,quantity,occurred_at\n"
                + "add_to_cart,w" + run + ",T-01,1200,1,2026-11-20T10:00:00+09:00\n"
                + "add_to_cart,w" + run + ",T-01,12.345,1,2026-11-20T10:01:00+09:00\n";
        String result = marketer.importAndWait(upload(Map.of("a-good.csv", good.getBytes(StandardCharsets.UTF_8),
                "b-bad.csv", bad.getBytes(StandardCharsets.UTF_8))));

        assertThat(result).contains("data-state=\"FAILED\"", "何も取り込んでいません");
        assertThat(result).containsPattern("<td class=\"file\">b-bad.csv</td>\\s*<td class=\"num line\">3</td>\\s*"
                + "<td>price</td>\\s*<td class=\"message\">[^<]*12.345");
        assertThat(count("SELECT count(*) FROM events WHERE visitor_id = 'w" + run + "'")).isZero();
    }

    @Test
    void eventsAndOrdersAreNotImportedTogether() throws Exception {
        String events = "type,visitor_id,occurred_at\nproduct_view,x1,2026-11-20T10:00:00+09:00\n";
        String orders = "order_id,ordered_at,customer_id,amount\nMIX-1,2026-11-20 10:00,MIX-C,1000\n";
        String page = upload(Map.of("events.csv", events.getBytes(StandardCharsets.UTF_8),
                "orders.csv", orders.getBytes(StandardCharsets.UTF_8)));
        marketer.get(page);

        HttpResponse<String> refused = marketer.post(page, Map.of());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("一緒に取り込めません");
        assertThat(count("SELECT count(*) FROM events WHERE visitor_id = 'x1'")).isZero();
        assertThat(count("SELECT count(*) FROM orders WHERE order_id = 'MIX-1'")).isZero();
    }
}
