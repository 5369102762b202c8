package hako.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import hako.web.InBrowser;
import hako.web.InBrowser.SignedIn;
import hako.web.WebApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The admin pages in a real browser, as the admin of a shop uses them. */
@SignedIn(WebApp.ADMIN)
class AdminBrowserTest extends InBrowser {

    @Test
    void anAdminAddsAUserWithTheFormAndSeesThemInTheTable() throws Exception {
        String name = "yamada" + System.nanoTime() % 100_000;
        browser.open("/admin/users?lang=ja");
        browser.find("#new-username").sendKeys(name);
        new Select(browser.find("#new-role")).selectByValue("marketer");
        browser.find("#new-password").sendKeys("hajimete-no-pass");
        browser.find(".create-form button[type=submit]").click();

        String done = browser.waitFor(d -> d.findElements(By.cssSelector(".notice.ok")).isEmpty() ? null
                : d.findElement(By.cssSelector(".notice.ok")).getText());
        assertThat(done).contains(name);
        WebElement row = browser.find("#user-" + name);
        assertThat(new Select(row.findElement(By.cssSelector("select[name=role]"))).getFirstSelectedOption().getText())
                .isEqualTo("マーケター");
        assertThat(row.getText()).contains("有効");
        browser.screenshot("admin-users-ja");

        row.findElement(By.cssSelector("form[action='/admin/users/enabled'] button")).click();
        String question = browser.waitFor(d -> d.switchTo().alert().getText());
        assertThat(question).contains(name).contains("無効にしますか");
        browser.driver().switchTo().alert().accept();
        browser.waitFor(d -> d.findElement(By.cssSelector("#user-" + name + " .status")).getText().contains("無効"));
        assertThat(browser.find("#user-" + name).getAttribute("class")).contains("disabled");
        browser.screenshot("admin-users-disabled-ja");
    }

    @Test
    void theAdminsOwnRowCannotBeDemotedOrDisabled() {
        browser.open("/admin/users?lang=ja");
        WebElement own = browser.find("#user-" + WebApp.ADMIN);
        assertThat(own.getText()).contains("（あなた）");
        assertThat(own.findElement(By.cssSelector("select[name=role]")).isEnabled()).isFalse();
        assertThat(own.findElement(By.cssSelector("form[action='/admin/users/enabled'] button")).isEnabled()).isFalse();
    }

    @Test
    void theSettingsPageShowsEveryRuleAndTheAuditLog() throws Exception {
        browser.open("/admin/settings?lang=ja");
        assertThat(browser.text("#setting-stage\\.churn_days .value")).isEqualTo("60日");
        assertThat(browser.text("#setting-zone .value")).isEqualTo("Asia/Tokyo");
        // every key: the metric, behaviour and CLV rules, 13 automation.* and 14 delivery.* keys
        assertThat(browser.all("table.settings tbody tr")).hasSize(SettingRow.keys().size()).hasSizeGreaterThan(15 + 13 + 14);
        assertThat(browser.text("#setting-automation\\.cart\\.delay_minutes .value")).isEqualTo("60分");
        assertThat(browser.text("#setting-behaviour\\.heavy_orders .value")).isEqualTo("6回");
        assertThat(browser.text(".notice")).contains("hako.properties").contains("--set").contains("再起動");
        assertThat(browser.all("table.audit tbody tr")).isNotEmpty();
        browser.screenshot("admin-settings-ja");
        browser.open("/admin/settings?lang=en");
        assertThat(browser.text("table.settings")).contains("Churn prevention");
        browser.screenshot("admin-settings-en");
        browser.open("/admin/users?lang=ja");
    }

    @Test
    void theAccountPageAsksForTheCurrentPassword() throws Exception {
        browser.open("/account?lang=ja");
        assertThat(browser.find("#current").getAttribute("type")).isEqualTo("password");
        assertThat(browser.text("main h1")).isEqualTo("アカウント");
        browser.screenshot("account-ja");
    }
}
