package hako.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import hako.web.WebApp;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the app refuses, over plain HTTP as an attacker or a curious colleague would try it. */
class SecurityHttpTest {

    static WebApp app;

    @BeforeAll
    static void start() throws Exception {
        app = WebApp.shared();
    }

    @Test
    void everyPageWithoutLoginRedirectsToTheLoginPage() throws Exception {
        WebSession nobody = WebSession.anonymous(app);
        for (String page : List.of("/", "/clusters", "/customers", "/imports", "/admin/users", "/admin/settings",
                "/account", "/board/flows", "/board/box/retention/offer", "/customers/export")) {
            HttpResponse<String> r = nobody.get(page);
            assertThat(WebSession.isRedirectTo(r, "/login")).as(page + " → " + r.statusCode() + " "
                    + WebSession.location(r)).isTrue();
        }
    }

    @Test
    void aPostWithoutTheCsrfTokenIsForbiddenAndChangesNothing() throws Exception {
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        marketer.get("/");
        String before = boxText("retention", "offer");

        HttpResponse<String> r = marketer.postWithoutCsrf("/board/box/retention/offer", Map.of("text", "forged"));
        HttpResponse<String> tampered = marketer.postWithoutCsrf("/board/box/retention/offer",
                Map.of("text", "tampered", "_csrf", "not-the-token"));

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(tampered.statusCode()).isEqualTo(403);
        assertThat(boxText("retention", "offer")).isEqualTo(before);
    }

    @Test
    void aViewerCannotManageUsersImportOrEditTheBoard() throws Exception {
        WebSession viewer = WebSession.loggedIn(app, WebApp.VIEWER);
        assertThat(viewer.get("/").statusCode()).isEqualTo(200);
        for (String page : List.of("/admin/users", "/admin/settings", "/imports", "/customers/export")) {
            assertThat(viewer.get(page).statusCode()).as(page).isEqualTo(403);
        }
        String before = boxText("retention", "creative");
        HttpResponse<String> r = viewer.post("/board/box/retention/creative", Map.of("text", "viewer was here"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(boxText("retention", "creative")).isEqualTo(before);
    }

    @Test
    void aMarketerCannotManageUsersOrReadTheAuditLog() throws Exception {
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        assertThat(marketer.get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(marketer.get("/admin/settings").statusCode()).isEqualTo(403);
        marketer.get("/");
        String name = "sneaky" + System.nanoTime();
        HttpResponse<String> r = marketer.post("/admin/users",
                Map.of("username", name, "role", "admin", "password", "0123456789ab"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(userCount(name)).isZero();
    }

    @Test
    void aWrongPasswordDoesNotLogIn() throws Exception {
        WebSession s = WebSession.anonymous(app);
        HttpResponse<String> r = s.logIn(WebApp.ADMIN, WebApp.PASSWORD + "x");
        assertThat(WebSession.isRedirectTo(r, "/login?error")).as(WebSession.location(r)).isTrue();
        assertThat(WebSession.isRedirectTo(s.get("/"), "/login")).isTrue();
    }

    @Test
    void aDisabledUserCannotLogIn() throws Exception {
        String name = "leaver" + System.nanoTime();
        Accounts accounts = app.bean(Accounts.class);
        accounts.create(name, WebApp.PASSWORD, Role.MARKETER);
        WebSession.loggedIn(app, name);
        accounts.setEnabled(name, false);

        WebSession s = WebSession.anonymous(app);
        HttpResponse<String> r = s.logIn(name, WebApp.PASSWORD);
        assertThat(WebSession.isRedirectTo(r, "/login?error")).as(WebSession.location(r)).isTrue();
        assertThat(WebSession.isRedirectTo(s.get("/"), "/login")).isTrue();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> r = WebSession.anonymous(app).logIn(WebApp.VIEWER, WebApp.PASSWORD);
        List<String> session = r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("HAKO_SESSION=")).toList();
        assertThat(session).isNotEmpty();
        assertThat(session).allSatisfy(c -> {
            assertThat(c).containsIgnoringCase("HttpOnly");
            assertThat(c).containsIgnoringCase("SameSite=Lax");
        });
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        WebSession admin = WebSession.loggedIn(app, WebApp.ADMIN);
        for (HttpResponse<String> r : List.of(admin.get("/"), admin.get("/admin/users"),
                WebSession.anonymous(app).get("/login"))) {
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(r.uri() + " CSP").contains("default-src 'self'").contains("script-src 'self'");
            boolean framesRefused = csp.contains("frame-ancestors 'none'")
                    || r.headers().firstValue("X-Frame-Options").orElse("").equalsIgnoreCase("DENY");
            assertThat(framesRefused).as(r.uri() + " frames").isTrue();
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(r.uri().toString()).hasValue("nosniff");
        }
    }

    @Test
    void anUnknownStageOrElementIsABadRequestWithoutInternals() throws Exception {
        WebSession admin = WebSession.loggedIn(app, WebApp.ADMIN);
        for (String path : List.of("/board/box/nosuchstage/offer", "/board/box/retention/nosuchelement",
                "/board/box/nosuchstage/offer/history")) {
            HttpResponse<String> page = admin.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(400);
            assertNoInternals(page);
            HttpResponse<String> htmx = admin.getHtmx(path);
            assertThat(htmx.statusCode()).as(path).isEqualTo(400);
            assertNoInternals(htmx);
        }
    }

    @Test
    void anUnknownPageIsNotFoundWithoutInternals() throws Exception {
        HttpResponse<String> r = WebSession.loggedIn(app, WebApp.VIEWER).get("/no/such/page");
        assertThat(r.statusCode()).isEqualTo(404);
        assertNoInternals(r);
    }

    @Test
    void aForbiddenPageShowsNoInternals() throws Exception {
        HttpResponse<String> r = WebSession.loggedIn(app, WebApp.VIEWER).get("/admin/users");
        assertThat(r.statusCode()).isEqualTo(403);
        assertNoInternals(r);
    }

    private static void assertNoInternals(HttpResponse<String> r) {
        assertThat(r.body()).as(r.uri().toString()).doesNotContain("Exception").doesNotContain("at hako.")
                .doesNotContain("at org.springframework").doesNotContain("java.lang");
    }

    private static String boxText(String stage, String element) throws Exception {
        try (Connection c = app.db().getConnection();
             PreparedStatement p = c.prepareStatement(
                     "SELECT text FROM board_boxes WHERE stage = ? AND element = ?")) {
            p.setString(1, stage);
            p.setString(2, element);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static long userCount(String name) throws Exception {
        try (Connection c = app.db().getConnection();
             PreparedStatement p = c.prepareStatement("SELECT count(*) FROM users WHERE username = ?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
