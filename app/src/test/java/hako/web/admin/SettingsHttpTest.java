package hako.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import hako.web.WebApp;
import hako.web.security.WebSession;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The settings page tells the admin what is in effect and who exported what. */
class SettingsHttpTest {

    static WebApp app;

    @BeforeAll
    static void start() throws Exception {
        app = WebApp.shared();
    }

    @Test
    void anExportOfPersonalDataShowsWhoExportedWhatAndHowManyRows() throws Exception {
        String what = "stage=churn_prevention tier=top10 " + System.nanoTime();
        try (Connection c = app.db().getConnection();
             PreparedStatement p = c.prepareStatement("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?)")) {
            p.setObject(1, LocalDateTime.now());
            p.setString(2, WebApp.MARKETER);
            p.setString(3, "export_customers");
            p.setString(4, what);
            p.setLong(5, 1234);
            p.executeUpdate();
        }

        String page = WebSession.loggedIn(app, WebApp.ADMIN).get("/admin/settings?lang=ja").body();

        int at = page.indexOf(what);
        assertThat(at).as("the audit entry is on the page").isNotNegative();
        String row = page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
        assertThat(row).contains("顧客リストのエクスポート").contains(">" + WebApp.MARKETER + "<").contains("1,234");
    }

    @Test
    void everySettingIsShownWithItsValueDefaultAndMeaning() throws Exception {
        String page = WebSession.loggedIn(app, WebApp.ADMIN).get("/admin/settings?lang=en").body();
        for (String key : SettingRow.keys()) {
            assertThat(page).contains("id=\"setting-" + key + "\"");
        }
        assertThat(page).contains("Customers whose last purchase is more than this many days ago (R &gt; this)")
                .contains("hako.properties").contains("--set").contains("restarts");
        assertThat(page).contains("Purchases from the events API are taken into the board, segment counts and analyses"
                + " at most this often").contains("the CLV model is refitted at most this often");
    }
}
