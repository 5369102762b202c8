package hako.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import hako.web.WebApp;
import hako.web.security.Accounts;
import hako.web.security.Role;
import hako.web.security.WebSession;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Anyone logged in changes their own password, with the current one. */
class AccountHttpTest {

    static WebApp app;

    @BeforeAll
    static void start() throws Exception {
        app = WebApp.shared();
    }

    @Test
    void aViewerChangesTheirOwnPasswordAndOnlyTheNewOneWorksAfterwards() throws Exception {
        String name = person(Role.VIEWER);
        WebSession s = WebSession.loggedIn(app, name);
        WebSession elsewhere = WebSession.loggedIn(app, name);
        assertThat(s.get("/account").statusCode()).isEqualTo(200);

        s.get("/account?lang=ja");
        HttpResponse<String> page = s.submit("/account/password",
                Map.of("current", WebApp.PASSWORD, "password", "mou-hitotsu-no-pass", "confirm", "mou-hitotsu-no-pass"));

        assertThat(page.uri().getPath()).isEqualTo("/account");
        assertThat(page.body()).contains("パスワードを変更しました");
        assertThat(s.get("/account").statusCode()).as("the session that changed it stays open").isEqualTo(200);
        assertThat(WebSession.isRedirectTo(elsewhere.get("/account"), "/login")).as("another session ends").isTrue();
        WebSession.loggedIn(app, name, "mou-hitotsu-no-pass");
        assertThat(WebSession.isRedirectTo(WebSession.anonymous(app).logIn(name, WebApp.PASSWORD), "/login?error"))
                .isTrue();
        assertThat(auditCount("password_changed", name)).isEqualTo(1);
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() throws Exception {
        String name = person(Role.MARKETER);
        WebSession s = WebSession.loggedIn(app, name);
        s.get("/account?lang=ja");
        assertThat(s.submit("/account/password", Map.of("current", "not-my-password", "password",
                "mou-hitotsu-no-pass", "confirm", "mou-hitotsu-no-pass")).body()).contains("現在のパスワードが違います");
        WebSession.loggedIn(app, name);
        assertThat(auditCount("password_changed", name)).isZero();
    }

    @Test
    void aShortOrMistypedNewPasswordIsRefused() throws Exception {
        String name = person(Role.VIEWER);
        WebSession s = WebSession.loggedIn(app, name);
        s.get("/account?lang=en");
        assertThat(s.submit("/account/password", Map.of("current", WebApp.PASSWORD, "password", "short",
                "confirm", "short")).body()).contains("at least 10 characters");
        assertThat(s.submit("/account/password", Map.of("current", WebApp.PASSWORD, "password",
                "mou-hitotsu-no-pass", "confirm", "mou-hitotsu-no-pasu")).body()).contains("The two new passwords differ");
        WebSession.loggedIn(app, name);
    }

    private static String person(Role role) throws Exception {
        String name = role.key() + "-own-" + System.nanoTime();
        app.bean(Accounts.class).create(name, WebApp.PASSWORD, role);
        return name;
    }

    private static long auditCount(String action, String name) throws Exception {
        try (Connection c = app.db().getConnection();
             PreparedStatement p = c.prepareStatement(
                     "SELECT count(*) FROM audit_log WHERE action = ? AND username = ? AND detail = ?")) {
            p.setString(1, action);
            p.setString(2, name);
            p.setString(3, name);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
