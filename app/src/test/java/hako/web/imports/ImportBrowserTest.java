package hako.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import hako.web.InBrowser;
import hako.web.InBrowser.SignedIn;
import hako.web.WebApp;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

@SignedIn(WebApp.MARKETER)
class ImportBrowserTest extends InBrowser {

    static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    @Test
    void aShiftJisOrdersFileIsConfirmedImportedAndGrowsTheBoard() throws Exception {
        String run = Long.toString(System.nanoTime());
        LocalDate day = LocalDate.parse(query("SELECT max(order_date)::VARCHAR FROM orders")).minusDays(5);
        String at = day.format(DateTimeFormatter.ofPattern("yyyy/MM/dd")) + " 10:00";
        String csv = "受注番号,注文日時,会員ID,商品コード,数量,単価\r\n"
                + "W" + run + "-1," + at + ",WC" + run + "-1,P-001,2,1980\r\n"
                + "W" + run + "-2," + at + ",WC" + run + "-2,P-001,1,1980\r\n"
                + "W" + run + "-3," + at + ",WC" + run + "-3,P-002,3,2500\r\n";
        Path file = write("orders-sjis-" + run + ".csv", csv.getBytes(WINDOWS_31J));
        long buyersBefore = Long.parseLong(query(BUYERS));
        browser.open("/?lang=ja");
        long boardBefore = number(browser.text(".kpi .value"));

        upload(file);
        browser.find("section.file");
        assertThat(new Select(browser.find("select.encoding")).getFirstSelectedOption().getText()).contains("Shift_JIS");
        assertThat(new Select(browser.find("select[name='kind.0']")).getFirstSelectedOption().getText()).isEqualTo("注文");
        assertThat(selected("map.0.order_id")).isEqualTo("受注番号");
        assertThat(selected("map.0.ordered_at")).isEqualTo("注文日時");
        assertThat(selected("map.0.customer_id")).isEqualTo("会員ID");
        assertThat(selected("map.0.unit_price")).isEqualTo("単価");
        assertThat(browser.text(".rows")).isEqualTo("3");
        browser.screenshot("imports-preview");

        browser.find("button.start").click();
        browser.waitFor(d -> d.findElements(By.cssSelector("#status[data-state=DONE]")).size() == 1);
        assertThat(browser.text(".summary .orders")).isEqualTo("3");
        assertThat(browser.text(".files-read")).contains(file.getFileName().toString(), "Shift_JIS");
        browser.screenshot("imports-result");

        assertThat(Long.parseLong(query(BUYERS)) - buyersBefore).as("new buyers in the data").isEqualTo(3);
        browser.open("/?lang=ja");
        assertThat(number(browser.text(".kpi .value"))).isEqualTo(boardBefore + 3);
        browser.open("/imports?lang=ja");
        assertThat(browser.text("table.recent")).contains(file.getFileName().toString());
    }

    @Test
    void aBrokenCsvListsTheFileAndLineAndImportsNothing() throws Exception {
        String run = Long.toString(System.nanoTime());
        String csv = "注文番号,注文日時,会員ID,金額\n"
                + "B" + run + "-1,2022/11/01 10:00,BC" + run + ",1000\n"
                + "B" + run + "-2,2022/13/45 10:00,BC" + run + ",1000\n";
        Path file = write("broken-" + run + ".csv", csv.getBytes(StandardCharsets.UTF_8));
        String ordersBefore = query("SELECT count(*)::VARCHAR FROM orders");

        upload(file);
        browser.find("button.start").click();
        browser.waitFor(d -> d.findElements(By.cssSelector("#status[data-state=FAILED]")).size() == 1);

        WebElement first = browser.find("table.errors tbody tr");
        assertThat(first.findElement(By.cssSelector(".file")).getText()).isEqualTo(file.getFileName().toString());
        assertThat(first.findElement(By.cssSelector(".line")).getText()).isEqualTo("3");
        assertThat(browser.text("#status .notice.error")).contains("何も取り込んでいません");
        assertThat(query("SELECT count(*)::VARCHAR FROM orders")).isEqualTo(ordersBefore);
        assertThat(query("SELECT count(*)::VARCHAR FROM orders WHERE order_id LIKE 'B" + run + "%'")).isEqualTo("0");
        browser.screenshot("imports-errors");
    }

    @Test
    void aPngIsRefusedWithAClearMessage() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        Path file = write("logo.png", png);

        upload(file);

        assertThat(browser.text(".not-csv")).contains("logo.png", "CSVファイルではありません", "PNG画像");
        browser.screenshot("imports-not-csv");
    }

    @Test
    void aTamperedMappingIsRefusedWithA400() throws Exception {
        Path file = write("tamper-" + System.nanoTime() + ".csv",
                "注文番号,注文日時,会員ID,金額\nT1,2022/11/01 10:00,TC1,1000\n".getBytes(StandardCharsets.UTF_8));
        upload(file);
        browser.find("section.file");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("var s = document.querySelector(\"select[name='map.0.customer_id']\");"
                + "s.options[1].value = 'no such column'; s.selectedIndex = 1;");

        browser.find("button.start").click();

        assertThat(browser.text("main h1")).contains("400");
        assertThat(browser.text("main")).contains("no such column");
        browser.screenshot("imports-tampered");
        assertThat(query("SELECT count(*)::VARCHAR FROM orders WHERE order_id = 'T1'")).isEqualTo("0");
    }

    @Test
    void aSecondImportIsRefusedWhileOneRunsAndTheFirstShowsItsProgress() throws Exception {
        String run = Long.toString(System.nanoTime());
        StringBuilder big = new StringBuilder("受注番号,注文日時,会員ID,商品コード,数量,単価\r\n");
        for (int i = 0; i < 300_000; i++) {
            big.append('G').append(run).append('-').append(i).append(",2022/11/01 10:00,GC").append(i % 5000)
                    .append(",P-001,1,1980\r\n");
        }
        big.append("G").append(run).append("-last,2022/02/30 10:00,GC1,P-001,1,1980\r\n");
        Path first = write("big-" + run + ".csv", big.toString().getBytes(WINDOWS_31J));
        Path second = write("small-" + run + ".csv",
                ("注文番号,注文日時,会員ID,金額\nS" + run + ",2022/11/01 10:00,SC1,1000\n").getBytes(StandardCharsets.UTF_8));
        String ordersBefore = query("SELECT count(*)::VARCHAR FROM orders");
        upload(first);
        String firstId = browser.waitFor(d -> d.getCurrentUrl().replaceAll(".*/imports/([0-9a-f]{32}).*", "$1"));
        String tab = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        upload(second);
        browser.find("button.start");
        String otherTab = browser.driver().getWindowHandle();

        browser.driver().switchTo().window(tab);
        browser.find("button.start").click();
        browser.find("#status");
        browser.screenshot("imports-progress");
        Upload running = app.bean(Uploads.class).find(firstId, WebApp.MARKETER);
        browser.driver().switchTo().window(otherTab);
        org.junit.jupiter.api.Assumptions.assumeFalse(running.job().finished(), "the first import ran too fast");
        browser.find("button.start").click();
        assertThat(browser.text(".notice.error")).contains("ほかのインポートを実行中");
        browser.driver().close();

        browser.driver().switchTo().window(tab);
        browser.waitFor(d -> d.findElements(By.cssSelector("#status[data-state=FAILED]")).size() == 1);
        assertThat(browser.text("table.errors")).contains(first.getFileName().toString(), "300002", "2022/02/30");
        assertThat(query("SELECT count(*)::VARCHAR FROM orders")).isEqualTo(ordersBefore);
        assertThat(Files.exists(running.dir())).as("uploaded files deleted").isFalse();
    }

    @Test
    void theImportPagesSpeakEnglishToo() throws Exception {
        Path file = write("customers-" + System.nanoTime() + ".csv",
                "顧客ID,氏名,メールアドレス,メルマガ\nC1,山田 花子,hanako@example.jp,可\n".getBytes(StandardCharsets.UTF_8));
        browser.open("/imports?lang=en");
        assertThat(browser.text("main h1")).isEqualTo("Import");
        assertThat(browser.text("form.upload button")).isEqualTo("Upload and check");
        browser.find("input[type=file]").sendKeys(file.toAbsolutePath().toString());
        browser.find("form.upload button[type=submit]").click();
        browser.waitFor(d -> d.findElements(By.cssSelector("select[name='kind.0']")).size() == 1);
        assertThat(browser.text("main h1")).isEqualTo("Check before importing");
        assertThat(new Select(browser.find("select[name='kind.0']")).getFirstSelectedOption().getText())
                .isEqualTo("Customers");
        assertThat(selected("map.0.customer_id")).isEqualTo("顧客ID");
        browser.screenshot("imports-preview-en");
        browser.open("/imports?lang=ja");
        assertThat(browser.text("main h1")).isEqualTo("インポート");
    }

    @Test
    void anUnknownUploadIsNotFound() {
        browser.open("/imports/0123456789abcdef0123456789abcdef?lang=ja");
        assertThat(browser.text("main h1")).contains("404");
        browser.open("/imports/../../etc/passwd");
        assertThat(browser.text("body")).doesNotContain("root:");
    }

    static final String BUYERS = "SELECT count(DISTINCT customer_id)::VARCHAR FROM orders WHERE customer_id IS NOT NULL"
            + " AND NOT cancelled AND amount > 0";

    private static void upload(Path file) {
        browser.open("/imports?lang=ja");
        browser.find("input[type=file]").sendKeys(file.toAbsolutePath().toString());
        browser.find("form.upload button[type=submit]").click();
    }

    private static String selected(String name) {
        return new Select(browser.find("select[name='" + name + "']")).getFirstSelectedOption().getAttribute("value");
    }

    private static long number(String shown) {
        return Long.parseLong(shown.replace(",", "").strip());
    }

    private static Path write(String name, byte[] bytes) throws Exception {
        Path dir = Files.createDirectories(app.dir().resolve("uploads"));
        return Files.write(dir.resolve(name), bytes);
    }

    private static String query(String sql) throws Exception {
        try (Connection c = app.db().getConnection(); PreparedStatement p = c.prepareStatement(sql);
             ResultSet r = p.executeQuery()) {
            r.next();
            return r.getString(1);
        }
    }
}
