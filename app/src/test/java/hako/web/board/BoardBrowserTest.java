package hako.web.board;

import static org.assertj.core.api.Assertions.assertThat;

import hako.customers.AsOfDate;
import hako.customers.CustomerMetrics;
import hako.customers.ShopSummary;
import hako.customers.Stage;
import hako.settings.HakoSettings;
import hako.web.Browser;
import hako.web.WebApp;
import java.sql.Connection;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

class BoardBrowserTest {

    static WebApp app;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        app = WebApp.shared();
        browser = new Browser(app);
        browser.login(WebApp.ADMIN);
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

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
    void theLanguageSwitchesToEnglishAndBack() {
        browser.open("/?lang=en");
        assertThat(browser.text(".stage-head.retention h2")).isEqualTo("Retention");
        browser.open("/");
        assertThat(browser.text(".stage-head.retention h2")).isEqualTo("Retention");
        browser.open("/?lang=ja");
        assertThat(browser.text(".stage-head.retention h2")).isEqualTo("既存客維持");
    }
}
