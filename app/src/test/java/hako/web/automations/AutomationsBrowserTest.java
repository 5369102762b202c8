package hako.web.automations;

import static org.assertj.core.api.Assertions.assertThat;

import hako.web.InBrowser;
import hako.web.InBrowser.SignedIn;
import hako.web.WebApp;
import org.junit.jupiter.api.Test;

/** The automations pages in a real browser, as an admin uses them. */
@SignedIn(WebApp.ADMIN)
class AutomationsBrowserTest extends InBrowser {

    @Test
    void anAdminSwitchesAScenarioOffAndOnAndDryRunsTheCartScenario() throws Exception {
        browser.open("/automations?lang=ja");
        assertThat(browser.text("#scenario-cart_abandonment")).contains("カゴ落ち", "オン");
        browser.screenshot("automations-ja");
        browser.find("#switch-browse_retargeting").click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/automations") ? true : null);
        assertThat(browser.text("#scenario-browse_retargeting")).contains("オフ", "admin");
        browser.find("#switch-browse_retargeting").click();
        browser.waitFor(d -> browser.text("#scenario-browse_retargeting").contains("オフにする") ? true : null);

        browser.find("#scenario-cart_abandonment a").click();
        browser.find("#dry-run").click();
        String summary = browser.waitFor(d -> d.findElements(org.openqa.selenium.By.id("dry-summary")).isEmpty() ? null
                : browser.text("#dry-summary"));
        assertThat(summary).contains("保存はしていません");
        browser.screenshot("automations-cart-dry-run-ja");
        browser.open("/automations/cart_abandonment?lang=en");
        assertThat(browser.text("h1")).isEqualTo("Cart abandonment");
    }
}
