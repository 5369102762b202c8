package hako.web.events;

import hako.web.ShopSite;
import hako.web.WebApp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

/**
 * The app on an empty shop with a write key, and beside it a shop's site: a loopback HTTP server on
 * another port (another origin, allowed by CORS) serving the pages that load hako.js.
 */
final class EventsApp {

    static final String KEY = "test-write-key-0123456789";

    private static EventsApp shared;

    final WebApp app;
    final ShopSite site;
    final HttpClient http = HttpClient.newHttpClient();

    private EventsApp() throws Exception {
        site = new ShopSite();
        app = WebApp.emptyShop(Map.of("hako.events.write-key", KEY, "hako.events.allowed-origins", siteOrigin()));
    }

    static synchronized EventsApp shared() throws Exception {
        if (shared == null) {
            shared = new EventsApp();
        }
        return shared;
    }

    String siteOrigin() {
        return site.origin();
    }

    /** Serves {@code html} at {@code path} of the shop's site. */
    void page(String path, String html) {
        site.page(path, html);
    }

    HttpResponse<String> post(String body, String contentType, String key) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(app.url("/api/v1/events")))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType);
        if (key != null) {
            r.header("Authorization", "Bearer " + key);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return post(body, "application/json", KEY);
    }

    long count(String sql) throws Exception {
        try (Connection c = app.db().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
