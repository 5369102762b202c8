package hako.web.followups;

import static org.assertj.core.api.Assertions.assertThat;

import hako.web.InBrowser;
import hako.web.InBrowser.SignedIn;
import hako.web.WebApp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A marketer generates the month's tasks, ticks one off in place and finds it in the customer's
 * contact history; the follow-up pages are screenshot.
 */
@SignedIn(WebApp.MARKETER)
class SheetBrowserTest extends InBrowser {

    @Test
    void aTaskTickedOffInTheSheetShowsInTheCustomersHistory() throws Exception {
        browser.open("/followups?lang=ja");
        browser.find(".sheet-actions button.primary").click();
        browser.find(".generation");
        browser.screenshot("followups-generated");

        WebElement row = browser.find("tr.task.open");
        String id = row.getAttribute("id");
        long taskId = Long.parseLong(id.substring("task-".length()));
        new Select(row.findElement(By.name("outcome"))).selectByValue("no_answer");
        row.findElement(By.name("staff")).sendKeys("鈴木");
        row.findElement(By.name("note")).sendKeys("留守電にメッセージ");
        row.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement ticked = browser.waitFor(d -> {
            WebElement r = d.findElement(By.id(id));
            return r.getAttribute("class").contains("ticked") ? r : null;
        });
        assertThat(ticked.findElement(By.cssSelector(".status")).getText()).contains("対応済み").contains("反応なし");
        assertThat(outcomeOf(taskId)).isEqualTo("no_answer");
        browser.screenshot("followups-sheet-ja");

        ticked.findElement(By.cssSelector("td a")).click();
        WebElement log = browser.find("table.contact-log");
        assertThat(log.getText()).contains("反応なし").contains("鈴木").contains("留守電にメッセージ")
                .contains("タスク #" + taskId);
        browser.screenshot("followups-customer-history");
    }

    @Test
    void theDroppedTasksAreGreyedWithTheirReason() throws Exception {
        browser.open("/followups?lang=en");
        browser.find(".sheet-actions button.primary").click();
        browser.find(".generation");
        browser.open("/followups?lang=en&status=dropped");
        assertThat(browser.all("tr.task")).as("the demo shop has customers without consent").isNotEmpty();
        for (WebElement r : browser.all("tr.task")) {
            assertThat(r.getAttribute("class")).contains("dropped");
            assertThat(r.findElement(By.cssSelector(".status")).getText()).startsWith("Dropped · ");
            assertThat(r.findElements(By.cssSelector("form.tick"))).isEmpty();
        }
        browser.screenshot("followups-dropped-en");
    }

    private static String outcomeOf(long taskId) throws Exception {
        try (Connection c = app.db().getConnection();
             PreparedStatement p = c.prepareStatement("SELECT outcome FROM followup_tasks WHERE task_id = ?")) {
            p.setLong(1, taskId);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
