package hako.web.followups;

import static org.assertj.core.api.Assertions.assertThat;

import hako.web.Browser;
import hako.web.WebApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** The care and plans pages in a browser: a staff member assigned in place; screenshots. */
class FollowupPagesBrowserTest {

    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        browser = new Browser(WebApp.shared());
        browser.login(WebApp.MARKETER);
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void aStaffMemberIsAssignedInPlaceOnTheCarePage() throws Exception {
        browser.open("/followups/care?lang=ja");
        WebElement row = browser.find("tr.care-row");
        String id = row.getAttribute("id");
        WebElement staff = row.findElement(org.openqa.selenium.By.name("staff"));
        staff.clear();
        staff.sendKeys("高橋");
        row.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
        // the typed value shows at once: wait for htmx to swap in the server's row, or the reload below may
        // overtake the assignment (it did on a loaded machine)
        browser.waitFor(d -> {
            try {
                row.getTagName();
                return null;
            } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
                return true;
            }
        });
        browser.waitFor(d -> "高橋".equals(d.findElement(org.openqa.selenium.By.cssSelector("#" + id + " input[name=staff]"))
                .getAttribute("value")) ? true : null);
        browser.open("/followups/care?lang=ja");
        assertThat(browser.find("#" + id + " input[name=staff]").getAttribute("value")).isEqualTo("高橋");
        browser.screenshot("followups-care-ja");
    }

    @Test
    void thePlansPageShowsEveryPlan() throws Exception {
        browser.open("/followups/plans?lang=ja");
        assertThat(browser.all("section.plan")).hasSizeGreaterThanOrEqualTo(4);
        browser.screenshot("followups-plans-ja");
        browser.open("/followups/plans?lang=en");
        browser.screenshot("followups-plans-en");
    }
}
