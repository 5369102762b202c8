package hako.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import hako.clv.ClvFit;
import hako.customers.MetricSnapshot;
import hako.web.MovingClock;
import hako.web.ShopState;
import hako.web.WebApp;
import hako.web.clv.ClvState;
import hako.web.clv.ClvStatus;
import hako.web.security.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Purchases posted to the events API on the demo shop, with the app's clock moved by the test: the numbers are
 * recomputed at most once per events.refresh_minutes (default 5) and the CLV model refitted at most once per
 * clv.refit_hours (default 24); an import recomputes and refits at once. The steps build on each other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LivePurchasesTest {

    static final String KEY = "live-purchases-write-key-0123456789";

    static final MovingClock clock = new MovingClock();
    static final List<ShopState.DataChanged> changes = new CopyOnWriteArrayList<>();
    static final HttpClient http = HttpClient.newHttpClient();
    static WebApp app;
    static ShopState shop;
    static ClvState clv;
    static WebSession admin;
    static ClvFit firstFit;
    static int purchases;

    @BeforeAll
    static void start() throws Exception {
        app = WebApp.demoShop(Map.of(), Map.of("hako.events.write-key", KEY), 0, clock);
        ((ConfigurableApplicationContext) app.context()).addApplicationListener(
                (ApplicationListener<PayloadApplicationEvent<?>>) e -> {
                    if (e.getPayload() instanceof ShopState.DataChanged change) {
                        changes.add(change);
                    }
                });
        shop = app.bean(ShopState.class);
        clv = app.bean(ClvState.class);
        clv.settled().get();
        firstFit = clv.current().orElseThrow();
        admin = WebSession.loggedIn(app, WebApp.ADMIN);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** Posts one purchase of a new customer (at the app's time) and waits until the writer has handled it. */
    static String purchase() throws Exception {
        purchases++;
        String run = "LIVE-" + purchases + "-" + System.nanoTime();
        post("{\"event_id\":\"" + run + "\",\"type\":\"purchase\",\"visitor_id\":\"v" + run + "\",\"customer_id\":\"C"
                + run + "\",\"product_code\":\"T-01\",\"product_name\":\"緑茶\",\"price\":1200,\"quantity\":2,"
                + "\"order_id\":\"O" + run + "\"}");
        // the writer tells the shop after it answers: a later batch's answer means that is done
        post("{\"type\":\"product_view\",\"visitor_id\":\"v" + run + "\",\"product_code\":\"T-01\",\"price\":1200}");
        return "C" + run;
    }

    static void post(String json) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/events")))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + KEY)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    }

    static long live() {
        return changes.stream().filter(ShopState.DataChanged::live).count();
    }

    static long imports() {
        return changes.stream().filter(c -> !c.live()).count();
    }

    static long customers() throws Exception {
        LocalDate asOf = shop.latestOrderDate().orElseThrow();
        return shop.numbers(asOf).summary().customers();
    }

    /** A day the demo shop's order files already have: the file's purchase does not move the as-of date. */
    static String day() throws Exception {
        return query("SELECT (max(order_date) - 5)::VARCHAR FROM orders WHERE status IS DISTINCT FROM 'event'");
    }

    /** Customers with a purchase, as the orders say (independent of Hako's metrics). */
    static long buyers() throws Exception {
        return Long.parseLong(query("SELECT count(DISTINCT customer_id) FROM orders WHERE NOT cancelled"
                + " AND amount > 0 AND customer_id IS NOT NULL"));
    }

    static String query(String sql) throws Exception {
        try (Connection c = app.db().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    @Order(1)
    void purchasesWithinTheIntervalAreTakenInOnceWhenItIsOver() throws Exception {
        long before = customers();
        long buyers = buyers();
        assertThat(admin.get("/").body()).doesNotContain("class=\"freshness\"");

        // a purchase after a quiet while is taken in at once
        clock.advance(Duration.ofMinutes(10));
        purchase();
        assertThat(live()).isEqualTo(1);
        assertThat(customers()).isEqualTo(before + 1);
        assertThat(buyers()).isEqualTo(buyers + 1);

        // two more within the interval: no recomputation, the board says how fresh it is
        clock.advance(Duration.ofMinutes(1));
        purchase();
        clock.advance(Duration.ofMinutes(1));
        purchase();
        assertThat(live()).isEqualTo(1);
        assertThat(customers()).as("the numbers as of the last refresh").isEqualTo(before + 1);
        assertThat(buyers()).isEqualTo(buyers + 3);
        assertThat(shop.freshness().waiting()).isEqualTo(2);
        String board = admin.get("/?lang=en").body();
        assertThat(board).contains("class=\"freshness\"").containsPattern(
                "Numbers as of \\d\\d:\\d\\d; 2 purchases received since through the events API; next refresh at \\d\\d:\\d\\d");

        // once the interval since the last refresh is over, the next look recomputes, once
        clock.advance(Duration.ofMinutes(3));
        assertThat(customers()).isEqualTo(before + 3);
        assertThat(live()).isEqualTo(2);
        assertThat(customers()).isEqualTo(before + 3);
        assertThat(live()).isEqualTo(2);
        assertThat(admin.get("/?lang=en").body()).doesNotContain("class=\"freshness\"");
        assertThat(imports()).isZero();
    }

    @Test
    @Order(2)
    void theClvFitStaysThroughLivePurchasesMarkedWithItsDateUntilItsRefitInterval() throws Exception {
        clv.settled().get();
        ClvFit fit = clv.current().orElseThrow();
        assertThat(fit.dataVersion()).as("not refitted by live purchases").isEqualTo(firstFit.dataVersion());
        assertThat(fit.fittedAt()).isEqualTo(firstFit.fittedAt());
        assertThat(shop.dataVersion()).isGreaterThan(fit.dataVersion());
        ClvStatus status = clv.status();
        assertThat(status.current()).isTrue();
        assertThat(status.behind()).isTrue();
        assertThat(status.nextRefit()).isEqualTo(fit.fittedAt().plusHours(24));
        assertThat(clv.scores(shop.latestOrderDate().orElseThrow())).as("the fit's scores are shown").isTrue();
        assertThat(admin.get("/?lang=en").body()).contains("class=\"clv-behind\"")
                .contains("CLV scores of the model fitted");

        // a day later the next live refresh refits
        clock.advance(Duration.ofHours(25));
        purchase();
        clv.settled().get();
        ClvFit refit = clv.current().orElseThrow();
        assertThat(refit.dataVersion()).isEqualTo(shop.dataVersion()).isGreaterThan(firstFit.dataVersion());
        assertThat(clv.status().behind()).isFalse();
        assertThat(admin.get("/?lang=en").body()).doesNotContain("class=\"clv-behind\"");
    }

    @Test
    @Order(3)
    void anImportRecomputesAndRefitsAtOnce() throws Exception {
        clock.advance(Duration.ofMinutes(1));
        purchase();
        long waitingBefore = shop.freshness().waiting();
        assertThat(waitingBefore).isEqualTo(1);
        long liveBefore = live();
        long before = customers();
        ClvFit fit = clv.current().orElseThrow();

        String customer = "FILE-" + System.nanoTime();
        String day = day();
        String csv = "type,visitor_id,customer_id,product_code,product_name,price,quantity,order_id,occurred_at\n"
                + "purchase,v" + customer + "," + customer + ",T-01,緑茶,1200,1,O" + customer + "," + day
                + "T10:00:00+09:00\n";
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        marketer.get("/imports");
        HttpResponse<String> up = marketer.upload("/imports", "files", Map.of("events.csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(up.statusCode()).as(up.body()).isEqualTo(302);
        String page = WebSession.location(up).replaceFirst("^https?://[^/]+", "");
        assertThat(marketer.importAndWait(page)).contains("data-state=\"DONE\"");

        assertThat(imports()).isEqualTo(1);
        assertThat(live()).isEqualTo(liveBefore);
        assertThat(shop.freshness().waiting()).as("the live purchase is taken in with the import").isZero();
        assertThat(customers()).as("the waiting live purchase and the file's").isEqualTo(before + 2);
        try (Connection c = app.db().getConnection()) {
            assertThat(shop.dataVersion()).isEqualTo(MetricSnapshot.dataVersion(c));
        }
        assertThat(shop.fileVersion()).isEqualTo(shop.dataVersion());
        // the old fit is not current after a file import, whatever the refit interval
        assertThat(fit.dataVersion()).isLessThan(shop.fileVersion());
        clv.settled().get();
        ClvFit refit = clv.current().orElseThrow();
        assertThat(refit.dataVersion()).isEqualTo(shop.fileVersion());
    }
}
