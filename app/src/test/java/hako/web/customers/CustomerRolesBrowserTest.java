package hako.web.customers;

import static org.assertj.core.api.Assertions.assertThat;

import hako.web.Browser;
import hako.web.WebApp;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerRolesBrowserTest {

    @Test
    void aViewerSeesNumbersButNoEmailAndCannotExport() throws Exception {
        WebApp app = WebApp.shared();
        ShopFacts facts = new ShopFacts(app);
        String[] buyer = facts.namedBuyer(facts.latestOrderDate(), 2);
        String email = facts.master(buyer[0], "email");
        try (Browser browser = Browser.signedIn(app, WebApp.VIEWER)) {
            browser.open("/customers?lang=ja");
            assertThat(browser.all("table.customer-list tbody tr")).isNotEmpty();
            assertThat(browser.all("table.customer-list td.email")).isEmpty();
            assertThat(browser.text("table.customer-list thead")).doesNotContain("メール");
            assertThat(browser.all(".export-link")).isEmpty();
            assertThat(browser.find("main").getText()).doesNotContain("@example.");
            browser.screenshot("customers-list-viewer");

            browser.open("/customers?lang=ja&q=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
            assertThat(browser.text(".match-count")).as("a viewer cannot search by email").isEqualTo("0人");

            browser.open("/customers/view?lang=ja&id=" + URLEncoder.encode(buyer[0], StandardCharsets.UTF_8));
            assertThat(browser.text(".master .name")).isEqualTo(buyer[1]);
            assertThat(browser.all(".master .email, .master .phone, .master .address, .master .consents")).isEmpty();
            assertThat(browser.find("main").getText()).doesNotContain(email)
                    .doesNotContain(facts.master(buyer[0], "phone")).contains("個人情報は表示されません");
            assertThat(browser.all("table.orders tr.order")).isNotEmpty();
            browser.screenshot("customer-page-viewer");

            HttpResponse<String> export = new Session(app, browser).get("/customers/export");
            assertThat(export.statusCode()).isEqualTo(403);
            assertThat(export.body()).doesNotContain(email);
        }
    }

    @Test
    void aMarketersExportDownloadsExcelReadyCsvAndIsAudited() throws Exception {
        WebApp app = WebApp.shared();
        ShopFacts facts = new ShopFacts(app);
        LocalDate asOf = facts.latestOrderDate();
        long retention = facts.retention(asOf);
        try (Browser browser = Browser.signedIn(app, WebApp.MARKETER)) {
            browser.open("/customers?lang=ja&stage=retention");
            String href = browser.find(".export-link").getAttribute("href");
            assertThat(href).contains("/customers/export?stage=retention");
            assertThat(browser.text(".export-link")).contains(String.format("%,d", retention));

            HttpResponse<byte[]> r = new Session(app, browser).bytes("/customers/export?lang=ja&stage=retention&asOf="
                    + asOf);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
                    .contains("customers-" + asOf + ".csv");
            byte[] body = r.body();
            assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
            List<String> lines = new String(body, StandardCharsets.UTF_8).substring(1).lines().toList();
            assertThat(lines.get(0)).startsWith("顧客ID,氏名,メール,累計購入回数,累計購入金額");
            assertThat(lines).hasSize((int) retention + 1);
            // the stage column, then, once the app's background CLV fit is done, the eight CLV columns
            assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).matches(".*@.*,既存客維持"
                    + "(,[0-9.]+,[0-9.]+,[0-9.]+,[0-9.]+,\\d{4}-\\d\\d-\\d\\d,[0-9.]+,[0-9.]+,(低|中|高))?"));

            String[] last = lastExport(app);
            assertThat(last[0]).isEqualTo(WebApp.MARKETER);
            assertThat(last[1]).contains("既存客維持").contains("as of " + asOf);
            assertThat(Long.parseLong(last[2])).isEqualTo(retention);
        }
    }

    private static String[] lastExport(WebApp app) throws Exception {
        try (Connection c = app.db().getConnection();
             PreparedStatement p = c.prepareStatement("SELECT username, detail, rows FROM audit_log"
                     + " WHERE action = 'export_customers' ORDER BY logged_at DESC LIMIT 1");
             ResultSet r = p.executeQuery()) {
            assertThat(r.next()).as("an audit_log row").isTrue();
            return new String[] {r.getString(1), r.getString(2), Long.toString(r.getLong(3))};
        }
    }
}
