package hako.web.board;

import static org.assertj.core.api.Assertions.assertThat;

import hako.customers.AsOfDate;
import hako.customers.CustomerMetrics;
import hako.customers.ShopSummary;
import hako.customers.Stage;
import hako.settings.HakoSettings;
import hako.web.InBrowser;
import hako.web.InBrowser.SignedIn;
import hako.web.WebApp;
import java.sql.Connection;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

@SignedIn(WebApp.ADMIN)
class BoardBrowserTest extends InBrowser {

    @Test
    void stageCountsEqualTheSummaryOfTheSameData() throws Exception {
        ShopSummary summary;
        try (Connection c = app.db().getConnection()) {
            LocalDate asOf = AsOfDate.latestOrderDate(c);
            CustomerMetrics.compute(c, asOf, HakoSettings.DEFAULTS.rules());
            summary = ShopSummary.read(c, asOf, HakoSettings.DEFAULTS.rules());
        }
        browser.open("/?lang=ja");
        for (Stage s : Stage.values()) {
            String shown = browser.text(".stage-head." + s.key() + " .stage-count");
            assertThat(shown.replace(",", "")).as(s.key())
                    .isEqualTo(Long.toString(summary.stages().get(s).customers()));
        }
        assertThat(browser.text(".kpi .value").replace(",", "")).isEqualTo(Long.toString(summary.customers()));
        browser.screenshot("board-ja");
    }

    @Test
    void theBoardFitsOneScreenWithTwentyBoxes() throws Exception {
        browser.open("/?lang=ja");
        assertThat(browser.all(".boxes > .box")).hasSize(20);
        assertThat(browser.scrollsVertically()).as("the board scrolls at 1440×900").isFalse();
    }

    @Test
    void emptyBoxesOnTheExistingCustomerSideAreFlagged() {
        browser.open("/?lang=ja");
        WebElement box = browser.find("#box-retention-creative");
        if (box.getAttribute("class").contains("empty")) {
            assertThat(box.getAttribute("class")).contains("flagged");
            assertThat(box.getText()).contains("既存客対策が空です");
        }
        WebElement acquisition = browser.find("#box-acquisition-creative");
        assertThat(acquisition.getAttribute("class")).doesNotContain("flagged");
    }

    @Test
    void aBoxEditedInPlaceStaysAfterReloadAndShowsInItsHistory() throws Exception {
        String plan = "R30日で個別フォロー（電話）" + System.nanoTime();
        browser.open("/?lang=ja");
        browser.find("#box-activation-offer button").click();
        WebElement text = browser.find("#box-activation-offer textarea");
        text.clear();
        text.sendKeys(plan);
        browser.find("#box-activation-offer button[type=submit]").click();
        browser.waitFor(d -> d.findElement(By.cssSelector("#box-activation-offer .text")).getText().equals(plan));

        browser.open("/?lang=ja");
        assertThat(browser.text("#box-activation-offer .text")).isEqualTo(plan);
        assertThat(browser.find("#box-activation-offer").getAttribute("class")).doesNotContain("flagged");
        browser.all("#box-activation-offer .tools button").get(1).click();
        WebElement history = browser.find("#panel .history");
        browser.waitFor(d -> history.getText().contains(plan));
        assertThat(history.getText()).contains(WebApp.ADMIN);
        browser.screenshot("board-box-history");
    }

    @Test
    void theSegmentBoxCountsItsConditionLiveAndKeepsItWhenSaved() throws Exception {
        long expected;
        try (Connection c = app.db().getConnection();
             var p = c.prepareStatement("SELECT count(*) FROM customer_metrics WHERE as_of = (SELECT max(order_date)"
                     + " FROM orders) AND stage = 'churn_prevention' AND frequency >= 2 AND recency_days <= 180")) {
            var r = p.executeQuery();
            r.next();
            expected = r.getLong(1);
        }
        browser.open("/?lang=ja");
        browser.find("#segment-churn_prevention .tools button").click();
        browser.find("#segment-churn_prevention input[name=fMin]").sendKeys("2");
        browser.find("#segment-churn_prevention input[name=rMax]").sendKeys("180");
        String live = "該当: " + String.format("%,d", expected) + "人";
        browser.waitFor(d -> d.findElement(By.cssSelector("#segment-count-churn_prevention")).getText().equals(live));
        browser.screenshot("board-segment-edit");
        browser.find("#segment-churn_prevention button[type=submit]").click();
        browser.waitFor(d -> d.findElement(By.cssSelector("#segment-churn_prevention .segment-count strong"))
                .getText().equals(String.format("%,d", expected) + "人"));

        browser.open("/?lang=ja");
        assertThat(browser.text("#segment-churn_prevention .definition")).isEqualTo("既存客離脱防止 · F ≥ 2 · R ≤ 180日");
        assertThat(browser.find("#segment-churn_prevention a.segment-count").getAttribute("href"))
                .contains("stage=churn_prevention", "fMin=2", "rMax=180");
    }

    @Test
    void anAsOfDateBeforeTheFirstOrderShowsAnEmptyShopAndAnUnreadableOneIsABadRequest() {
        browser.open("/?lang=ja&asOf=2001-01-01");
        assertThat(browser.text(".stage-head.retention .stage-count")).isEqualTo("0");
        assertThat(browser.text(".kpi .value")).isEqualTo("0");
        browser.open("/?lang=ja&asOf=2026-13-45");
        assertThat(browser.text("h1")).isEqualTo("エラー 400");
        assertThat(browser.text("main")).contains("asOf").doesNotContain("Exception");
    }

    @Test
    void theFlowsOfAStageOpenTheMonthsMatrixWhoseColumnsAddUpToTheStageCounts() throws Exception {
        browser.open("/?lang=ja");
        String retention = browser.text(".stage-head.retention .stage-count");
        browser.find(".stage-head.retention a.flows").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/board/flows"));
        var totals = browser.all("table.matrix tr.total td");
        assertThat(totals.get(2).getText()).isEqualTo(retention);
        long column = 0;
        for (var row : browser.all("table.matrix tbody tr:not(.total)")) {
            column += Long.parseLong(row.findElements(By.cssSelector("td")).get(2).getText().replace(",", ""));
        }
        assertThat(column).isEqualTo(Long.parseLong(retention.replace(",", "")));
        browser.screenshot("board-flows");
    }

    @Test
    void theLanguageSwitchesToEnglishAndBack() {
        browser.open("/?lang=en");
        assertThat(browser.text(".stage-head.retention h2")).isEqualTo("Retention");
        browser.open("/");
        assertThat(browser.text(".stage-head.retention h2")).isEqualTo("Retention");
        browser.open("/?lang=ja");
        assertThat(browser.text(".stage-head.retention h2")).isEqualTo("既存客維持");
    }
}
