package hako.web.clv;

import static org.assertj.core.api.Assertions.assertThat;

import hako.clv.Calibration;
import hako.clv.ClvFit;
import hako.web.InBrowser;
import hako.web.InBrowser.SignedIn;
import hako.web.ShopState;
import hako.web.WebApp;
import hako.web.security.WebSession;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The CLV in the web on the shared 1,500-customer demo shop, which the app fits by itself after start: the customer
 * list's columns, sorts and filters, the customer page, the board's churn-risk line, the /clv page with an admin's
 * refit, and the refit after an import, which keeps an admin's holdout. Counts are checked against the stored
 * scores (whose values the core tests check against the models' formulas).
 */
@SignedIn(WebApp.ADMIN)
class ClvBrowserTest extends InBrowser {

    static ClvState clv;

    @BeforeAll
    static void start() throws Exception {
        clv = app.bean(ClvState.class);
    }

    @BeforeEach
    void fitted() throws Exception {
        awaitCurrentFit();
    }

    /** Waits until every fit asked for so far has ended (the app fits in the background); the current fit. */
    static ClvFit awaitCurrentFit() throws Exception {
        clv.settled().get(3, TimeUnit.MINUTES);
        ClvStatus status = clv.status();
        return clv.current().orElseThrow(() -> new AssertionError("no current CLV fit; " + status));
    }

    /** An admin's fit, waited for to the end. */
    static ClvFit fit(Calibration calibration) throws Exception {
        FitJob job = clv.fit(calibration, WebApp.ADMIN);
        assertThat(job.ended().get(3, TimeUnit.MINUTES).state()).as("%s", job.message()).isEqualTo(FitJob.State.DONE);
        return clv.current().orElseThrow();
    }

    /** What an import tells the app, without new orders: the data version moves on. */
    static void imported() throws Exception {
        try (Connection c = app.db().getConnection(); PreparedStatement p = c.prepareStatement(
                "INSERT INTO imports VALUES ((SELECT max(import_id) + 1 FROM imports), 'orders', 'later.csv', 0, 0,"
                        + " current_timestamp::TIMESTAMP)")) {
            p.executeUpdate();
        }
        app.bean(ShopState.class).dataChanged();
    }

    /** The other test classes find the app as it fits by itself: no holdout. */
    @AfterAll
    static void learnFromEveryPurchaseAgain() throws Exception {
        if (awaitCurrentFit().calibration().holdoutEnd() != null) {
            fit(new Calibration(latest(), null, clv.settings().zeroOrders()));
        }
    }

    static LocalDate latest() throws Exception {
        return app.bean(ShopState.class).latestOrderDate().orElseThrow();
    }

    /** Customers of the snapshot at the latest date whose stored scores meet {@code condition}. */
    static long count(String condition) throws Exception {
        try (Connection c = app.db().getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT count(*) FROM customer_metrics m JOIN clv_scores s ON s.as_of = m.as_of"
                        + " AND s.customer_id = m.customer_id WHERE m.as_of = ? AND " + condition)) {
            p.setObject(1, latest());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static String firstId(String condition, String order) throws Exception {
        try (Connection c = app.db().getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT s.customer_id FROM clv_scores s WHERE s.as_of = ? AND " + condition + " ORDER BY " + order
                        + " LIMIT 1")) {
            p.setObject(1, latest());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    /** Whether the page is wider than the 1440 px window. */
    static boolean scrollsSideways() {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
    }

    static String num(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    static BigDecimal yen(String text) {
        return new BigDecimal(text.replace("￥", "").replace(",", "").strip());
    }

    @Test
    void theCustomerListShowsSortsAndFiltersByTheScoresInBothLanguages() throws Exception {
        browser.open("/customers?lang=ja");
        assertThat(browser.text("table.customer-list thead")).contains("生存確率").contains("予測CLV").contains("離反リスク");
        assertThat(browser.text("td.p-alive")).matches("\\d+\\.\\d%\\*?");
        assertThat(browser.text(".onetime-legend")).contains("BG/NBD");
        browser.screenshot("clv-customers-ja");

        browser.open("/customers?risk=high&sort=clv_desc&lang=en");
        long high = count("s.churn_risk = 'high'");
        assertThat(high).isPositive();
        assertThat(browser.text(".match-count")).isEqualTo(num(high) + " customers");
        assertThat(browser.text(".condition")).contains("high churn risk");
        List<WebElement> values = browser.all("td.clv");
        for (int i = 1; i < values.size(); i++) {
            assertThat(yen(values.get(i).getText())).isLessThanOrEqualTo(yen(values.get(i - 1).getText()));
        }
        assertThat(browser.all("td.risk .risk-tag.high")).hasSize(values.size());
        assertThat(scrollsSideways()).as("the list with its CLV columns fits 1440 px").isFalse();
        browser.screenshot("clv-customers-high-risk-en");

        browser.open("/customers?aliveMin=20&aliveMax=60&clvMin=1000&lang=en");
        assertThat(browser.text(".match-count"))
                .isEqualTo(num(count("s.p_alive * 100 BETWEEN 20 AND 60 AND s.clv_365 >= 1000")) + " customers");

        browser.open("/customers?aliveMin=120&lang=en");
        assertThat(browser.driver().getPageSource()).contains("P(alive) is a percent from 0 to 100, not 120");
    }

    @Test
    void theExportOfAFilteredListCarriesTheScores() throws Exception {
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        String csv = new String(marketer.bytes("/customers/export?risk=high&lang=en").body(),
                java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).endsWith(",stage,p_alive,expected_30,expected_90,expected_365,next_order_date,"
                + "expected_aov,clv_365,churn_risk");
        assertThat(lines).hasSize(1 + (int) count("s.churn_risk = 'high'"));
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).endsWith(",high"));
    }

    @Test
    void theCustomerPageShowsThePredictionsAndExplainsOneTimeBuyers() throws Exception {
        String oneTime = firstId("s.p_alive = 1", "s.customer_id");
        browser.open("/customers/view?id=" + oneTime + "&lang=ja");
        assertThat(browser.text(".predictions .p-alive")).isEqualTo("100.0%");
        assertThat(browser.text(".predictions .onetime-note")).contains("BG/NBD");
        browser.screenshot("clv-customer-one-time-ja");

        String best = firstId("true", "s.clv_365 DESC, s.customer_id");
        BigDecimal stored;
        LocalDate next;
        try (Connection c = app.db().getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT clv_365, next_order_date FROM clv_scores WHERE as_of = ? AND customer_id = ?")) {
            p.setObject(1, latest());
            p.setString(2, best);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                stored = r.getBigDecimal(1);
                next = r.getObject(2, LocalDate.class);
            }
        }
        browser.open("/customers/view?id=" + best + "&lang=en");
        assertThat(yen(browser.text(".predictions .clv"))).isEqualByComparingTo(stored.setScale(0,
                java.math.RoundingMode.HALF_UP));
        assertThat(browser.text(".predictions .next-order")).startsWith(next.toString()).contains("if the customer is still active");
        assertThat(browser.text(".predictions .expected")).matches("30 d \\d+\\.\\d\\d · 90 d \\d+\\.\\d\\d · 365 d \\d+\\.\\d\\d");
        assertThat(browser.all(".predictions .onetime-note")).isEmpty();
        browser.screenshot("clv-customer-en");
    }

    @Test
    void theBoardShowsHighRiskCustomersAndTheirClvAtStake() throws Exception {
        browser.open("/?lang=ja");
        long high = count("s.churn_risk = 'high'");
        assertThat(browser.text(".stage-head.churn_prevention .clv-risk .risk-high")).contains("高リスク " + num(high) + "人");
        assertThat(browser.scrollsVertically()).as("the board still fits 1440×900").isFalse();
        browser.screenshot("clv-board-ja");
        browser.find(".stage-head.churn_prevention .clv-risk a.risk-high").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/customers"));
        assertThat(browser.text(".match-count")).isEqualTo(num(high) + "人");

        String live = WebSession.loggedIn(app, WebApp.MARKETER)
                .getHtmx("/board/segment/churn_prevention/count?risk=high&lang=en").body();
        assertThat(live).contains(num(count("s.churn_risk = 'high' AND m.stage = 'churn_prevention'")));
        browser.open("/?lang=en");
        assertThat(scrollsSideways()).as("the English board fits 1440 px").isFalse();
        browser.screenshot("clv-board-en");
    }

    @Test
    void theClvPageShowsTheFitAndItsChecksAndAnAdminRefitsWithAHoldout() throws Exception {
        ClvFit fit = awaitCurrentFit();
        browser.open("/clv?lang=en");
        String params = browser.text("#parameter-table");
        assertThat(params).contains("α").contains("γ").contains(String.format(java.util.Locale.ROOT, "%,.4f",
                fit.purchases().values()[0]));
        browser.find("#tracking-chart[data-drawn=true]");
        browser.find("#matrix-chart[data-drawn=true]");
        assertThat(browser.driver().getPageSource()).doesNotContain("NaN").doesNotContain("Infinity");
        browser.screenshot("clv-page-en");

        LocalDate latest = latest();
        browser.open("/clv?lang=ja");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.querySelector('input[name=calibrationEnd]').value = arguments[0];"
                + "document.querySelector('input[name=holdoutEnd]').value = arguments[1];",
                latest.minusDays(180).toString(), latest.toString());
        browser.find("form.fit button[type=submit]").click();
        browser.find("#holdout-table");
        browser.find("#holdout-chart[data-drawn=true]");
        assertThat(browser.find("#job").getAttribute("data-state")).isEqualTo("DONE");
        ClvFit refit = awaitCurrentFit();
        assertThat(refit.calibration().end()).isEqualTo(latest.minusDays(180));
        long inTable = browser.all("#holdout-table tbody tr").stream()
                .mapToLong(r -> Long.parseLong(r.findElements(org.openqa.selenium.By.tagName("td")).get(1).getText()
                        .replace(",", ""))).sum();
        assertThat(inTable).isEqualTo(refit.customers());
        assertThat(browser.driver().getPageSource()).doesNotContain("NaN");
        browser.screenshot("clv-page-holdout-ja");
    }

    @Test
    void thePollsOfARunningFitReloadThePageOnceNoFitRuns() throws Exception {
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        for (String poll : List.of("/clv/note", "/clv/status?running=true")) {
            HttpResponse<String> answer = marketer.getHtmx(poll);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("HX-Refresh")).as(poll).hasValue("true");
        }
    }

    @Test
    void onlyAdminsRefitAndABadDateIsRefusedPlainly() throws Exception {
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        assertThat(marketer.post("/clv/fit", Map.of("calibrationEnd", "")).statusCode()).isEqualTo(403);
        assertThat(marketer.get("/clv?lang=en").body()).contains("Predictive CLV").doesNotContain("form class=\"fit\"");
        WebSession admin = WebSession.loggedIn(app, WebApp.ADMIN);
        admin.get("/clv?lang=en");
        String page = admin.post("/clv/fit?lang=en", Map.of("calibrationEnd", "2026-13-45", "holdoutEnd", "")).body();
        assertThat(page).contains("cannot read the date &quot;2026-13-45&quot;");
        page = admin.post("/clv/fit?lang=en", Map.of("calibrationEnd", "", "holdoutEnd", latest().toString())).body();
        assertThat(page).contains("a holdout end needs a calibration end");
    }

    @Test
    void anImportRefitsAnAdminsHoldoutFitWithTheSameDatesAndAFitWithoutOneThroughTheLatestOrder() throws Exception {
        LocalDate latest = latest();
        boolean zero = clv.settings().zeroOrders();
        Calibration check = new Calibration(latest.minusDays(150), latest.minusDays(30), zero);
        long before = fit(check).dataVersion();
        imported();
        ClvFit kept = awaitCurrentFit();
        assertThat(kept.dataVersion()).isGreaterThan(before);
        assertThat(kept.calibration()).isEqualTo(check);
        assertThat(clv.job().automatic()).isTrue();
        assertThat(count("true")).isPositive();
        browser.open("/clv?lang=en");
        assertThat(browser.text(".automatic.kept")).contains("every import refits it with the same calibration end ("
                + latest.minusDays(150) + ") and holdout end (" + latest.minusDays(30) + ")")
                .contains("each customer's scores");
        assertThat(browser.all("#holdout-table tbody tr")).isNotEmpty();
        browser.screenshot("clv-page-holdout-kept-en");

        fit(new Calibration(latest, null, zero));
        imported();
        ClvFit after = awaitCurrentFit();
        assertThat(after.calibration()).isEqualTo(new Calibration(latest, null, zero));
        assertThat(clv.job().automatic()).isTrue();
        assertThat(count("true")).isPositive();
        browser.open("/clv?lang=en");
        assertThat(browser.all(".automatic.kept")).isEmpty();
        assertThat(browser.text(".automatic")).contains("calibration through the latest order date, no holdout");
    }
}
