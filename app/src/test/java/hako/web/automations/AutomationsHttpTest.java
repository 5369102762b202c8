package hako.web.automations;

import static org.assertj.core.api.Assertions.assertThat;

import hako.audit.AuditLog;
import hako.automations.Audience;
import hako.automations.ScenarioSwitches;
import hako.web.WebApp;
import hako.web.security.WebSession;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The automations pages over HTTP on the demo shop with a cart abandoned two hours ago. */
class AutomationsHttpTest {

    static WebApp app;
    static String customer;
    static String name;
    static String email;

    @BeforeAll
    static void start() throws Exception {
        app = WebApp.shared();
        try (Connection c = app.db().getConnection()) {
            try (ResultSet r = c.createStatement().executeQuery("SELECT customer_id, name, email FROM customers"
                    + " WHERE name IS NOT NULL AND email IS NOT NULL ORDER BY customer_id LIMIT 1")) {
                r.next();
                customer = r.getString(1);
                name = r.getString(2);
                email = r.getString(3);
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO events VALUES ('http-cart-1', ?, ?,"
                    + " 'add_to_cart', 'http-visitor', ?, 'HTTP-P1', 'テスト商品', 1980, 2, NULL,"
                    + " 'https://shop.example/cart', NULL)")) {
                // happened two hours ago, received now (the shared app may have evaluated already: an event
                // stamped received two hours ago but stored now would be behind its watermark)
                LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
                p.setObject(1, now);
                p.setObject(2, now.minusHours(2));
                p.setString(3, customer);
                p.executeUpdate();
            }
        }
    }

    @Test
    void theListShowsTheThreeScenariosAndTheBackgroundThreadIsOffInTests() throws Exception {
        HttpResponse<String> r = WebSession.loggedIn(app, WebApp.VIEWER).get("/automations?lang=en");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Cart abandonment", "Browse retargeting", "Recommendations",
                "Automatic evaluation is off");
        assertThat(r.body()).doesNotContain("/automations/audience/google", "switch-cart_abandonment");
        assertThat(app.bean(AutomationRunner.class).scheduled()).isFalse();
    }

    @Test
    void theDryRunShowsTheCartWithPersonalDataOnlyForRolesAllowedToSeeIt() throws Exception {
        HttpResponse<String> marketer = WebSession.loggedIn(app, WebApp.MARKETER)
                .get("/automations/cart_abandonment?dryRun=true&lang=en");
        assertThat(marketer.statusCode()).isEqualTo(200);
        assertThat(marketer.body()).contains(name, email, "テスト商品 ×2", "id=\"delivery\"")
                .doesNotContain("/automations/audience/google");
        assertThat(WebSession.loggedIn(app, WebApp.MARKETER).get("/automations/browse_retargeting").body())
                .contains("/automations/audience/google", "/automations/audience/yahoo");
        HttpResponse<String> viewer = WebSession.loggedIn(app, WebApp.VIEWER)
                .get("/automations/cart_abandonment?dryRun=true&lang=en");
        assertThat(viewer.body()).contains(customer, "テスト商品 ×2").doesNotContain(name).doesNotContain(email);
        assertThat(countTriggers()).as("a dry run writes nothing").isZero();
    }

    @Test
    void onlyAnAdminSwitchesAScenarioAndTheSwitchIsAudited() throws Exception {
        WebSession viewer = WebSession.loggedIn(app, WebApp.VIEWER);
        viewer.get("/automations");
        assertThat(viewer.post("/automations/recommendation/enabled", Map.of("enabled", "false")).statusCode())
                .isEqualTo(403);
        WebSession admin = WebSession.loggedIn(app, WebApp.ADMIN);
        admin.get("/automations");
        assertThat(admin.post("/automations/recommendation/enabled", Map.of("enabled", "false")).statusCode())
                .isEqualTo(302);
        try (Connection c = app.db().getConnection()) {
            assertThat(ScenarioSwitches.enabled(c).get(hako.automations.Scenario.RECOMMENDATION)).isFalse();
            assertThat(AuditLog.recent(c, ScenarioSwitches.AUDIT_ACTION, 1).get(0).username()).isEqualTo(WebApp.ADMIN);
        }
        admin.post("/automations/recommendation/enabled", Map.of("enabled", "true"));
        assertThat(admin.get("/automations/nonsense").statusCode()).isEqualTo(400);
    }

    @Test
    void theAudienceDownloadIsForMarketersAndAudited() throws Exception {
        assertThat(WebSession.loggedIn(app, WebApp.VIEWER).get("/automations/audience/google").statusCode())
                .isEqualTo(403);
        HttpResponse<String> r = WebSession.loggedIn(app, WebApp.MARKETER).get("/automations/audience/google");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("hako-audience-google.csv");
        assertThat(r.body()).startsWith("Email\r\n");
        try (Connection c = app.db().getConnection()) {
            assertThat(AuditLog.recent(c, Audience.AUDIT_ACTION, 1).get(0).username()).isEqualTo(WebApp.MARKETER);
        }
    }

    @Test
    void theSettingsPageListsTheAutomationSettings() throws Exception {
        HttpResponse<String> r = WebSession.loggedIn(app, WebApp.ADMIN).get("/admin/settings?lang=en");
        assertThat(r.body()).contains("automation.cart.delay_minutes", "automation.recommend.min_support",
                "Cart abandonment: time from the last cart change to message 1");
    }

    /** This test's customer's triggers (other tests on the shared app write triggers of their own). */
    private static long countTriggers() throws Exception {
        try (Connection c = app.db().getConnection();
             PreparedStatement p = c.prepareStatement("SELECT count(*) FROM automation_triggers WHERE customer_id = ?")) {
            p.setString(1, customer);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
