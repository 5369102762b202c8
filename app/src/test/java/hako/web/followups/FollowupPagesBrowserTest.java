package hako.web.followups;

import static org.assertj.core.api.Assertions.assertThat;

import hako.web.InBrowser;
import hako.web.InBrowser.SignedIn;
import hako.web.WebApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** The care, plans and lists pages in a browser: a staff member assigned in place; screenshots. */
@SignedIn(WebApp.MARKETER)
class FollowupPagesBrowserTest extends InBrowser {

    @Test
    void aStaffMemberIsAssignedInPlaceOnTheCarePage() throws Exception {
        browser.open("/followups/care?lang=ja");
        WebElement row = browser.find("tr.care-row");
        String id = row.getAttribute("id");
        WebElement staff = row.findElement(org.openqa.selenium.By.name("staff"));
        staff.clear();
        staff.sendKeys("高橋");
        row.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
        // the typed value is there at once: wait for htmx to swap in the saved row, which detaches the old one
        browser.waitFor(d -> {
            try {
                row.isDisplayed();
                return null;
            } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
                return true;
            }
        });
        assertThat(browser.find("#" + id + " input[name=staff]").getAttribute("value")).isEqualTo("高橋");
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

    @Test
    void theListsPageOffersEveryListAndTheReplenishmentTable() throws Exception {
        browser.open("/followups/lists?lang=ja&days=30");
        assertThat(browser.all("table.print-lists tbody tr")).hasSize(5);
        assertThat(browser.all("table.print-lists a.button")).hasSizeGreaterThanOrEqualTo(8);
        browser.screenshot("followups-lists-ja");
        browser.open("/followups/lists?lang=en&days=30");
        assertThat(browser.find("section.replenishment h2").getText()).isEqualTo("Replenishment");
        browser.screenshot("followups-lists-en");
    }
}
