package hako.web.customers;

import static org.assertj.core.api.Assertions.assertThat;

import hako.web.InBrowser;
import hako.web.InBrowser.SignedIn;
import hako.web.WebApp;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

@SignedIn(WebApp.ADMIN)
class CustomerListBrowserTest extends InBrowser {

    static ShopFacts facts;

    @BeforeAll
    static void start() throws Exception {
        facts = new ShopFacts(app);
    }

    @Test
    void theBoardsStageCountOpensTheListOfExactlyThatStage() throws Exception {
        browser.open("/?lang=ja");
        String onBoard = browser.text(".stage-head.retention .stage-count");
        browser.find(".stage-head.retention a.count").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/customers"));

        assertThat(browser.text(".match-count")).isEqualTo(onBoard + "人");
        assertThat(onBoard.replace(",", "")).isEqualTo(Long.toString(facts.retention(facts.latestOrderDate())));
        List<WebElement> stages = browser.all("table.customer-list td.stage");
        assertThat(stages).isNotEmpty().allSatisfy(td -> assertThat(td.getText()).isEqualTo("既存客維持"));
        assertThat(browser.find("select[name=stage]").getAttribute("value")).isEqualTo("retention");
        browser.screenshot("customers-list-ja");
    }

    @Test
    void theListShowsFiftyAPageAndPagesOn() {
        browser.open("/customers?lang=ja");
        assertThat(browser.all("table.customer-list tbody tr")).hasSize(ListFilter.PAGE_SIZE);
        String firstOnPageOne = browser.all("table.customer-list td.id").get(0).getText();
        browser.find(".pager a.next").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("page=2"));
        assertThat(browser.all("table.customer-list td.id").get(0).getText()).isNotEqualTo(firstOnPageOne);
        assertThat(browser.text(".pager .where")).startsWith("2 /");
    }

    @Test
    void aColumnHeaderSortsTheListAndASecondClickReversesIt() {
        browser.open("/customers?lang=ja&stage=activation");
        browser.find("table.customer-list th a[href*='sort=frequency_desc']").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("sort=frequency_desc"));
        List<Long> desc = numbers("table.customer-list td.f");
        assertThat(desc).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(browser.find("select[name=stage]").getAttribute("value")).isEqualTo("activation");

        browser.find("table.customer-list th a[href*='sort=frequency_asc']").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("sort=frequency_asc"));
        assertThat(numbers("table.customer-list td.f")).isSorted();
    }

    @Test
    void fAndRRangesFromTheBoardLinksFilterTheList() {
        browser.open("/customers?lang=ja&fMin=2&fMax=3&rMax=90");
        assertThat(numbers("table.customer-list td.f")).isNotEmpty().allSatisfy(f -> assertThat(f).isBetween(2L, 3L));
        assertThat(numbers("table.customer-list td.r")).allSatisfy(r -> assertThat(r).isLessThanOrEqualTo(90L));
        assertThat(browser.text(".condition")).contains("F 2–3").contains("R ≤ 90");
    }

    @Test
    void searchingANameFindsTheCustomer() throws Exception {
        String[] buyer = facts.namedBuyer(facts.latestOrderDate(), 1);
        browser.open("/customers?lang=ja");
        WebElement q = browser.find("input[name=q]");
        q.sendKeys(buyer[1]);
        browser.find(".customer-filters button[type=submit]").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("q="));

        assertThat(browser.all("table.customer-list td.id")).extracting(WebElement::getText).contains(buyer[0]);
        assertThat(browser.all("table.customer-list td.name")).allSatisfy(td -> assertThat(td.getText())
                .containsIgnoringCase(buyer[1]));
    }

    @Test
    void aCustomerOpenedFromTheListShowsTheirOrdersNewestFirst() throws Exception {
        LocalDate asOf = facts.latestOrderDate();
        String[] buyer = facts.namedBuyer(asOf, 3);
        browser.open("/customers?lang=ja&q=" + URLEncoder.encode(buyer[0], StandardCharsets.UTF_8));
        browser.find("table.customer-list td.id a").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/customers/view"));

        assertThat(browser.text(".customer-id")).isEqualTo(buyer[0]);
        assertThat(browser.all("table.orders tr.order")).hasSize((int) facts.orders(buyer[0], asOf));
        List<String> dates = browser.all("table.orders tr.order td:first-child").stream()
                .map(WebElement::getText).toList();
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(browser.all("table.orders td.items li")).isNotEmpty();
        assertThat(browser.text(".master .email")).isEqualTo(facts.master(buyer[0], "email"));
        browser.screenshot("customer-page-ja");
    }

    @Test
    void tamperedParametersGiveAPlainMessageOrASaneDefaultNeverAServerError() throws Exception {
        Session http = new Session(app, browser);
        assertThat(http.get("/customers?sort=DROP").statusCode()).isEqualTo(200);
        assertThat(http.get("/customers?page=-5").statusCode()).isEqualTo(200);
        assertThat(http.get("/customers?page=999999").statusCode()).isEqualTo(200);
        for (String bad : List.of("fMin=abc", "stage=xyz", "tier=one_time", "fMin=5&fMax=2", "rMax=-1",
                "asOf=not-a-date", "cluster=%27%3B+DROP+TABLE+orders")) {
            HttpResponse<String> r = http.get("/customers?lang=ja&" + bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(r.body()).as(bad).contains("リクエストの内容を読めませんでした").doesNotContain("Exception");
        }
        assertThat(http.get("/customers?lang=ja&stage=xyz").body()).contains("acquisition, activation");
    }

    @Test
    void anUnknownCustomerIsANotFoundPageThatSaysSo() throws Exception {
        HttpResponse<String> r = new Session(app, browser).get("/customers/view?lang=ja&id=no%20such%40one.jp");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("顧客ID「no such@one.jp」の顧客は見つかりません");
    }

    @Test
    void theListAndTheCustomerPageSpeakEnglishOnRequest() throws Exception {
        browser.open("/customers?lang=en&stage=churn_prevention");
        assertThat(browser.text("table.customer-list thead")).contains("Customer id").contains("Last purchase");
        assertThat(browser.all("table.customer-list td.stage")).allSatisfy(td -> assertThat(td.getText())
                .isEqualTo("Churn prevention"));
        assertThat(browser.text(".match-count")).endsWith("customers");

        browser.open("/customers/C000001");
        assertThat(browser.text(".customer-id")).isEqualTo("C000001");
        assertThat(browser.text("#timeline-title")).startsWith("Orders (newest first)");
        browser.screenshot("customer-page-en");
        browser.open("/customers?lang=ja");
    }

    private static List<Long> numbers(String css) {
        return browser.all(css).stream().map(e -> Long.parseLong(e.getText().replace(",", ""))).toList();
    }
}
