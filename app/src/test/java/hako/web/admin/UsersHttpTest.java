package hako.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hako.web.WebApp;
import hako.web.security.Accounts;
import hako.web.security.Role;
import hako.web.security.WebSession;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An admin manages users through the page's forms; the guard rails hold and every change is logged. */
class UsersHttpTest {

    static WebApp app;
    static WebSession admin;

    @BeforeAll
    static void start() throws Exception {
        app = WebApp.shared();
        admin = WebSession.loggedIn(app, WebApp.ADMIN);
    }

    @Test
    void anAdminAddsAUserWhoCanThenLogInAndTheLogHasNoPassword() throws Exception {
        String name = "hanako" + System.nanoTime();
        String password = "hajimete-no-pass-" + System.nanoTime();
        HttpResponse<String> page = create(name, "marketer", password);

        assertThat(page.uri().getPath()).isEqualTo("/admin/users");
        assertThat(page.body()).contains("ユーザー「" + name + "」を追加しました");
        assertThat(column("SELECT role FROM users WHERE username = ?", name)).containsExactly("marketer");
        WebSession.loggedIn(app, name, password);
        assertThat(column("SELECT detail FROM audit_log WHERE action = 'user_created' AND username = 'admin'"
                + " AND detail LIKE ? || '%'", name)).hasSize(1);
        assertThat(column("SELECT detail FROM audit_log WHERE detail LIKE '%' || ? || '%'", password)).isEmpty();
    }

    @Test
    void aShortPasswordOrABadUsernameIsRefusedWithAClearMessage() throws Exception {
        String name = "taro" + System.nanoTime();
        assertThat(create(name, "viewer", "short").body()).contains("パスワードは10文字以上にしてください");
        assertThat(create("bad name!", "viewer", "long-enough-password").body()).contains("ユーザー名は半角英数字");
        assertThat(column("SELECT username FROM users WHERE username IN (?, 'bad name!')", name)).isEmpty();
    }

    @Test
    void anAdminChangesARoleDisablesAndEnablesAUserAndEachChangeIsLogged() throws Exception {
        String name = "jiro" + System.nanoTime();
        create(name, "viewer", WebApp.PASSWORD);

        admin.submit("/admin/users/role", Map.of("username", name, "role", "marketer"));
        assertThat(column("SELECT role FROM users WHERE username = ?", name)).containsExactly("marketer");

        admin.submit("/admin/users/enabled", Map.of("username", name, "enabled", "false"));
        HttpResponse<String> refused = WebSession.anonymous(app).logIn(name, WebApp.PASSWORD);
        assertThat(WebSession.isRedirectTo(refused, "/login?error")).isTrue();

        admin.submit("/admin/users/enabled", Map.of("username", name, "enabled", "true"));
        WebSession.loggedIn(app, name);

        assertThat(column("SELECT action FROM audit_log WHERE detail LIKE ? || '%' ORDER BY logged_at", name))
                .containsExactly("user_created", "role_changed", "user_disabled", "user_enabled");
        assertThat(column("SELECT detail FROM audit_log WHERE action = 'role_changed' AND detail LIKE ? || '%'",
                name)).containsExactly(name + ": viewer → marketer");
    }

    @Test
    void anAdminResetsAPasswordAndTheOldOneStopsWorking() throws Exception {
        String name = "saburo" + System.nanoTime();
        create(name, "viewer", WebApp.PASSWORD);
        WebSession before = WebSession.loggedIn(app, name);
        assertThat(before.get("/").statusCode()).isEqualTo(200);
        admin.submit("/admin/users/password", Map.of("username", name, "password", "atarashii-pass-1"));

        assertThat(WebSession.isRedirectTo(before.get("/"), "/login")).as("the session opened with the old password")
                .isTrue();

        WebSession.loggedIn(app, name, "atarashii-pass-1");
        assertThat(WebSession.isRedirectTo(WebSession.anonymous(app).logIn(name, WebApp.PASSWORD), "/login?error"))
                .isTrue();
        assertThat(column("SELECT username FROM audit_log WHERE action = 'password_reset' AND detail = ?", name))
                .containsExactly(WebApp.ADMIN);
    }

    @Test
    void anAdminCannotDemoteOrDisableThemselves() throws Exception {
        admin.get("/admin/users?lang=ja");
        assertThat(admin.submit("/admin/users/role", Map.of("username", WebApp.ADMIN, "role", "viewer")).body())
                .contains("自分自身の権限は変更できません");
        assertThat(admin.submit("/admin/users/enabled", Map.of("username", WebApp.ADMIN, "enabled", "false")).body())
                .contains("自分自身は無効にできません");

        assertThat(column("SELECT role || ' ' || enabled FROM users WHERE username = ?", WebApp.ADMIN))
                .containsExactly("admin true");
    }

    @Test
    void theLastEnabledAdminCanNeverBeDemotedOrDisabled() throws Exception {
        Accounts accounts = app.bean(Accounts.class);
        for (String other : column("SELECT username FROM users WHERE role = 'admin' AND enabled AND username <> ?",
                WebApp.ADMIN)) {
            accounts.setEnabled(other, false);
        }
        UserAdmin users = app.bean(UserAdmin.class);

        assertThatThrownBy(() -> users.setEnabled("someone-else", WebApp.ADMIN, false))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("users.refused.last_admin"));
        assertThatThrownBy(() -> users.changeRole("someone-else", WebApp.ADMIN, Role.MARKETER))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("users.refused.last_admin"));
        assertThat(column("SELECT role || ' ' || enabled FROM users WHERE username = ?", WebApp.ADMIN))
                .containsExactly("admin true");
    }

    @Test
    void withASecondAdminOneAdminMayDemoteTheOther() throws Exception {
        String second = "kanri" + System.nanoTime();
        create(second, "admin", WebApp.PASSWORD);
        WebSession other = WebSession.loggedIn(app, second);
        assertThat(other.get("/admin/users").statusCode()).isEqualTo(200);

        admin.get("/admin/users");
        admin.submit("/admin/users/role", Map.of("username", second, "role", "viewer"));
        assertThat(column("SELECT role FROM users WHERE username = ?", second)).containsExactly("viewer");
    }

    @Test
    void aDisabledOrDemotedPersonsOpenSessionEndsAtTheirNextRequest() throws Exception {
        String leaver = "leaver" + System.nanoTime();
        String demoted = "demoted" + System.nanoTime();
        create(leaver, "marketer", WebApp.PASSWORD);
        create(demoted, "admin", WebApp.PASSWORD);
        WebSession leaving = WebSession.loggedIn(app, leaver);
        WebSession stepping = WebSession.loggedIn(app, demoted);
        assertThat(leaving.get("/").statusCode()).isEqualTo(200);
        assertThat(stepping.get("/admin/users").statusCode()).isEqualTo(200);

        admin.submit("/admin/users/enabled", Map.of("username", leaver, "enabled", "false"));
        admin.submit("/admin/users/role", Map.of("username", demoted, "role", "viewer"));

        assertThat(WebSession.isRedirectTo(leaving.get("/"), "/login")).isTrue();
        assertThat(WebSession.isRedirectTo(leaving.get("/"), "/login")).isTrue();
        assertThat(WebSession.isRedirectTo(stepping.get("/admin/users"), "/login")).isTrue();
        WebSession again = WebSession.loggedIn(app, demoted);
        assertThat(again.get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(again.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownRoleIsABadRequest() throws Exception {
        admin.get("/admin/users");
        HttpResponse<String> r = admin.post("/admin/users/role", Map.of("username", WebApp.VIEWER, "role", "root"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(column("SELECT role FROM users WHERE username = ?", WebApp.VIEWER)).containsExactly("viewer");
    }

    private static HttpResponse<String> create(String name, String role, String password) throws Exception {
        admin.get("/admin/users?lang=ja");
        return admin.submit("/admin/users", Map.of("username", name, "role", role, "password", password));
    }

    static List<String> column(String sql, String parameter) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = app.db().getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 1; i <= p.getParameterMetaData().getParameterCount(); i++) {
                p.setString(i, parameter);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
        }
        return values;
    }
}
