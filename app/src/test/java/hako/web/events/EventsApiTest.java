package hako.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import hako.web.WebApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /api/v1/events over real HTTP: what is stored, what is refused with which status, and under load. */
class EventsApiTest {

    static EventsApp shop;

    @BeforeAll
    static void start() throws Exception {
        shop = EventsApp.shared();
    }

    static String view(String id, String visitor) {
        return "{\"event_id\":\"" + id + "\",\"type\":\"product_view\",\"visitor_id\":\"" + visitor
                + "\",\"product_code\":\"P1\",\"price\":1200,\"occurred_at\":\"2026-11-20T10:00:00+09:00\"}";
    }

    long stored(String visitor) throws Exception {
        return shop.count("SELECT count(*) FROM events WHERE visitor_id = '" + visitor + "'");
    }

    @Test
    void aSingleEventIsStoredBeforeTheAnswer() throws Exception {
        HttpResponse<String> r = shop.post(view("single-1", "v-single"));

        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(r.body()).isEqualTo("{\"received\":1,\"stored\":1,\"duplicates\":0}");
        assertThat(r.headers().firstValue("Set-Cookie")).as("stateless: no session").isEmpty();
        assertThat(shop.count("SELECT count(*) FROM events WHERE event_id = 'single-1' AND type = 'product_view'"
                + " AND price = 1200 AND occurred_at = TIMESTAMP '2026-11-20 01:00:00'")).isEqualTo(1);
    }

    @Test
    void aBatchAsArrayOrEnvelopeIsStoredWhole() throws Exception {
        HttpResponse<String> array = shop.post("[" + view("arr-1", "v-batch") + "," + view("arr-2", "v-batch") + "]");
        HttpResponse<String> envelope = shop.post("{\"events\":[" + view("env-1", "v-batch") + "]}");

        assertThat(array.statusCode()).isEqualTo(202);
        assertThat(envelope.statusCode()).isEqualTo(202);
        assertThat(stored("v-batch")).isEqualTo(3);
    }

    @Test
    void aResentBatchIsNotStoredTwice() throws Exception {
        String batch = "[" + view("re-1", "v-resend") + "," + view("re-2", "v-resend") + "]";
        shop.post(batch);
        HttpResponse<String> again = shop.post(batch);

        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(again.body()).isEqualTo("{\"received\":2,\"stored\":0,\"duplicates\":2}");
        assertThat(stored("v-resend")).isEqualTo(2);
    }

    @Test
    void oneMalformedEventRefusesTheWholeBatchNamingIndexAndField() throws Exception {
        String bad = "{\"type\":\"product_view\",\"visitor_id\":\"v-bad\",\"product_code\":\"P1\",\"price\":\"12.345\"}";
        HttpResponse<String> r = shop.post("[" + view("bad-1", "v-bad") + "," + bad + "]");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"index\":1", "\"field\":\"price\"", "more than 2 decimals", "nothing was stored");
        assertThat(stored("v-bad")).isZero();
    }

    @Test
    void eachKindOfMalformedEventIsA400ForItsField() throws Exception {
        assertRefused("{\"type\":\"page_scroll\",\"visitor_id\":\"v-m\"}", "type", "unknown type");
        assertRefused("{\"type\":\"product_view\",\"product_code\":\"P1\"}", "visitor_id", "missing visitor_id");
        assertRefused("{\"type\":\"add_to_cart\",\"visitor_id\":\"v-m\",\"product_code\":\"P1\",\"price\":-5}", "price",
                "out of range");
        assertRefused("{\"type\":\"add_to_cart\",\"visitor_id\":\"v-m\",\"product_code\":\"P1\",\"quantity\":0}",
                "quantity", "whole number");
        assertRefused("{\"type\":\"product_view\",\"visitor_id\":\"v-m\",\"product_code\":\"P1\","
                + "\"occurred_at\":\"yesterday\"}", "occurred_at", "cannot read");
        assertRefused("{\"type\":\"purchase\",\"visitor_id\":\"v-m\",\"order_id\":\"X\",\"items\":[{\"product_code\":\"P1\"}]}",
                "items[0].price", "missing price");
        assertRefused("{\"type\":\"product_view\",\"visitor_id\":\"v-m\",\"product_code\":\"P1\",\"prise\":1}",
                "prise", "unknown field");
        assertThat(stored("v-m")).isZero();
    }

    void assertRefused(String event, String field, String message) throws Exception {
        HttpResponse<String> r = shop.post(event);
        assertThat(r.statusCode()).as(event).isEqualTo(400);
        assertThat(r.body()).as(event).contains("\"index\":0", "\"field\":\"" + field + "\"", message);
    }

    @Test
    void notJsonIs415AndBrokenJsonIs400() throws Exception {
        assertThat(shop.post(view("ct-1", "v-ct"), "application/x-www-form-urlencoded", EventsApp.KEY).statusCode())
                .isEqualTo(415);
        HttpResponse<String> broken = shop.post("{\"type\":", "application/json", EventsApp.KEY);
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("not JSON");
        assertThat(shop.post(view("ct-2", "v-ct"), "text/plain;charset=UTF-8", EventsApp.KEY).statusCode())
                .as("sendBeacon's text/plain").isEqualTo(202);
        assertThat(stored("v-ct")).isEqualTo(1);
    }

    @Test
    void moreThanAThousandEventsOrAnOversizedBodyIs413() throws Exception {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            events.add(view("big-" + i, "v-big"));
        }
        HttpResponse<String> many = shop.post("[" + String.join(",", events) + "]");
        String huge = "{\"type\":\"product_view\",\"visitor_id\":\"v-big\",\"product_code\":\"P1\",\"url\":\""
                + "x".repeat(EventsController.MAX_BYTES) + "\"}";
        HttpResponse<String> large = shop.post(huge);

        assertThat(many.statusCode()).isEqualTo(413);
        assertThat(many.body()).contains("1001 events", "at most 1000");
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(shop.post("[" + String.join(",", events.subList(0, 1_000)) + "]").statusCode()).isEqualTo(202);
        assertThat(stored("v-big")).isEqualTo(1_000);
    }

    @Test
    void aWrongOrMissingKeyIs401AndTheKeyMayComeInAHeaderOrTheBody() throws Exception {
        assertThat(shop.post(view("key-1", "v-key"), "application/json", "wrong-key").statusCode()).isEqualTo(401);
        assertThat(shop.post(view("key-2", "v-key"), "application/json", null).statusCode()).isEqualTo(401);
        HttpRequest header = HttpRequest.newBuilder(URI.create(shop.app.url("/api/v1/events")))
                .POST(HttpRequest.BodyPublishers.ofString(view("key-3", "v-key")))
                .header("Content-Type", "application/json").header("X-Hako-Write-Key", EventsApp.KEY).build();
        assertThat(shop.http.send(header, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(202);
        String inBody = "{\"write_key\":\"" + EventsApp.KEY + "\",\"events\":[" + view("key-4", "v-key") + "]}";
        assertThat(shop.post(inBody, "text/plain", null).statusCode()).isEqualTo(202);
        assertThat(stored("v-key")).isEqualTo(2);
    }

    @Test
    void thePreflightOfTheShopsSiteIsAllowedAndOthersAreNot() throws Exception {
        HttpResponse<String> allowed = preflight(shop.siteOrigin());
        HttpResponse<String> other = preflight("https://evil.example");

        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(shop.siteOrigin());
        assertThat(other.statusCode()).isEqualTo(403);
    }

    HttpResponse<String> preflight(String origin) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(shop.app.url("/api/v1/events")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-hako-write-key").build();
        return shop.http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPurchaseEventIsAnOrderOfItsCustomer() throws Exception {
        HttpResponse<String> r = shop.post("{\"event_id\":\"buy-1\",\"type\":\"purchase\",\"visitor_id\":\"v-buy\","
                + "\"customer_id\":\"C-buy\",\"order_id\":\"W-1\",\"occurred_at\":\"2026-11-20T10:00:00+09:00\","
                + "\"items\":[{\"product_code\":\"P1\",\"price\":1200,\"quantity\":2},{\"product_code\":\"P2\",\"price\":300}]}");

        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(r.body()).contains("\"received\":2");
        assertThat(shop.count("SELECT count(*) FROM orders WHERE order_id = 'W-1' AND customer_id = 'C-buy'"
                + " AND amount = 2700 AND ordered_at = TIMESTAMP '2026-11-20 10:00:00'")).isEqualTo(1);
        assertThat(shop.count("SELECT count(*) FROM order_lines WHERE order_id = 'W-1'")).isEqualTo(2);
        assertThat(shop.count("SELECT count(*) FROM visitor_customers WHERE visitor_id = 'v-buy'")).isEqualTo(1);
    }

    @Test
    void manyParallelRequestsAreEachAcknowledgedAndStoredExactlyOnce() throws Exception {
        int clients = 16;
        int requests = 40;
        int perRequest = 25;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> acknowledged = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                int client = t;
                acknowledged.add(pool.submit(() -> {
                    int ok = 0;
                    for (int r = 0; r < requests; r++) {
                        List<String> events = new ArrayList<>();
                        for (int i = 0; i < perRequest; i++) {
                            events.add(view("par-" + client + "-" + r + "-" + i, "v-par"));
                        }
                        String body = "[" + String.join(",", events) + "]";
                        ok += shop.post(body).statusCode() == 202 ? 1 : 0;
                        if (r % 10 == 0) {
                            ok += shop.post(body).statusCode() == 202 ? 0 : -1000; // a resend, acknowledged too
                        }
                    }
                    return ok;
                }));
            }
            int total = 0;
            for (Future<Integer> f : acknowledged) {
                total += f.get();
            }
            assertThat(total).isEqualTo(clients * requests);
        } finally {
            pool.shutdown();
        }
        assertThat(stored("v-par")).isEqualTo((long) clients * requests * perRequest);
        assertThat(shop.count("SELECT count(DISTINCT event_id) FROM events WHERE visitor_id = 'v-par'"))
                .isEqualTo((long) clients * requests * perRequest);
    }

    @Test
    void withoutAWriteKeyConfiguredTheApiSaysSo() throws Exception {
        WebApp plain = WebApp.shared();
        HttpRequest r = HttpRequest.newBuilder(URI.create(plain.url("/api/v1/events")))
                .POST(HttpRequest.BodyPublishers.ofString(view("nokey-1", "v-nokey")))
                .header("Content-Type", "application/json").header("Authorization", "Bearer anything").build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.body()).contains("no write key is configured", "hako.events.write-key");
    }
}
