package hako.web.analyses;

import static org.assertj.core.api.Assertions.assertThat;

import hako.web.InBrowser;
import hako.web.InBrowser.SignedIn;
import hako.web.WebApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Every analysis page in real Chromium, in Japanese and English, with its charts drawn and screenshots
 * kept; uploads of acquisition spend and NPS answers through the pages; counts that open the customer
 * list show as many customers there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SignedIn(WebApp.MARKETER)
class AnalysesBrowserTest extends InBrowser {

    /** Opens {@code path} in {@code lang}, waits past the computing note until every chart is drawn. */
    static void show(String path, String lang) {
        browser.open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        waitForCharts();
    }

    static void waitForCharts() {
        browser.waitFor(d -> d.findElements(By.cssSelector("[data-recheck]")).isEmpty()
                && d.findElements(By.cssSelector("main")).size() == 1);
        browser.waitFor(d -> d.findElements(By.cssSelector("[data-chart]")).stream()
                .allMatch(e -> "true".equals(e.getAttribute("data-drawn"))));
    }

    /** The whole page as one picture: the window grows to the page's height for the shot. */
    static void shoot(String name) throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Dimension before = browser.driver().manage().window().getSize();
        long height = (Long) js.executeScript("return document.documentElement.scrollHeight");
        browser.driver().manage().window().setSize(new Dimension(1440, (int) Math.min(Math.max(height, 900), 4000)));
        browser.screenshot(name);
        browser.driver().manage().window().setSize(before);
    }

    static boolean overflowsSideways() {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
    }

    static long number(String shown) {
        return Long.parseLong(shown.replaceAll("[^0-9]", ""));
    }

    /** Follows a count's link and reads how many customers the list matches. */
    static long listed(WebElement link) {
        String href = link.getAttribute("href");
        browser.driver().get(href);
        return number(browser.text(".match-count"));
    }

    static void upload(String input, Path file) {
        browser.find(input).sendKeys(file.toAbsolutePath().toString());
        browser.find(input).findElement(By.xpath("ancestor::form")).findElement(By.cssSelector("button[type=submit]"))
                .click();
        waitForCharts();
    }

    static <T> List<T> rows(String sql, Rows<T> map) throws Exception {
        List<T> out = new ArrayList<>();
        try (Connection c = app.db().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(map.row(r));
            }
        }
        return out;
    }

    interface Rows<T> {
        T row(ResultSet r) throws Exception;
    }

    static LocalDate latest() throws Exception {
        return rows("SELECT max(order_date) FROM orders", r -> r.getObject(1, LocalDate.class)).get(0);
    }

    @Test
    @Order(1)
    void decompositionShowsTheFactorsRatiosAndTheStreakCheck() throws Exception {
        for (String lang : List.of("ja", "en")) {
            show("/analyses/decomposition", lang);
            assertThat(browser.text(".definition")).contains(lang.equals("ja") ? "前年同月" : "a year earlier");
            assertThat(browser.all("#decomposition-table tbody tr")).hasSizeGreaterThan(12);
            assertThat(browser.all(".streak-list li")).hasSize(4);
            assertThat(overflowsSideways()).isFalse();
            shoot("analyses-decomposition-" + lang);
        }
        LocalDate asOf = latest();
        YearMonth month = YearMonth.from(asOf).minusMonths(1);
        long newCustomers = rows("SELECT count(*) FROM (SELECT customer_id, min(order_date) AS first FROM orders"
                + " WHERE NOT cancelled AND amount > 0 AND customer_id IS NOT NULL GROUP BY customer_id)"
                + " WHERE first >= DATE '" + month.atDay(1) + "' AND first <= DATE '" + month.atEndOfMonth() + "'",
                r -> r.getLong(1)).get(0);
        WebElement link = browser.all("#split-table tbody tr").get(1).findElement(By.cssSelector("a"));
        assertThat(number(link.getText())).isEqualTo(newCustomers);
        assertThat(listed(link)).isEqualTo(newCustomers);
    }

    @Test
    @Order(2)
    void cohortsTakeSpendFromThePageAndFlagTheMonthsWhoseCpoExceedsTheLtv() throws Exception {
        LocalDate asOf = latest();
        Map<YearMonth, Long> newByMonth = new LinkedHashMap<>();
        for (Object[] row : rows("SELECT CAST(date_trunc('month', first) AS DATE), count(*) FROM (SELECT customer_id,"
                + " min(order_date) AS first FROM orders WHERE NOT cancelled AND amount > 0 AND customer_id IS NOT NULL"
                + " GROUP BY customer_id) GROUP BY 1 ORDER BY 1 DESC LIMIT 12",
                r -> new Object[] {r.getObject(1, LocalDate.class), r.getLong(2)})) {
            newByMonth.put(YearMonth.from((LocalDate) row[0]), (Long) row[1]);
        }
        // A CPO of ￥100 never leaks; one of ￥1,000,000 always does: every third month leaks, and the
        // latest complete month, which the board flags.
        YearMonth complete = asOf.equals(YearMonth.from(asOf).atEndOfMonth()) ? YearMonth.from(asOf)
                : YearMonth.from(asOf).minusMonths(1);
        Set<String> leaking = new TreeSet<>();
        StringBuilder csv = new StringBuilder("month,amount,channel\n");
        int i = 0;
        for (Map.Entry<YearMonth, Long> m : newByMonth.entrySet()) {
            boolean leak = i++ % 3 == 1 || m.getKey().equals(complete);
            long cpo = leak ? 1_000_000 : 100;
            csv.append(m.getKey()).append(',').append(cpo * m.getValue()).append(",web\n");
            if (leak) {
                leaking.add(m.getKey().toString());
            }
        }
        Path spend = app.dir().resolve("spend.csv");
        Files.writeString(spend, csv, StandardCharsets.UTF_8);
        Path broken = app.dir().resolve("spend-broken.csv");
        Files.writeString(broken, "month,amount\n2024-01,1000\n2024-02,lots\n", StandardCharsets.UTF_8);

        show("/analyses/cohorts", "ja");
        upload("#spend-file", broken);
        assertThat(browser.text(".upload-errors")).contains("spend-broken.csv").contains("3");
        upload("#spend-file", spend);
        assertThat(browser.text(".upload-ok")).contains(Integer.toString(newByMonth.size()));
        Set<String> flagged = new TreeSet<>();
        for (WebElement row : browser.all("#cpo-table tbody tr.leak")) {
            flagged.add(row.getAttribute("data-month"));
        }
        assertThat(flagged).isEqualTo(leaking);
        assertThat(browser.text(".leak-summary")).contains(Integer.toString(leaking.size()));
        for (String lang : List.of("ja", "en")) {
            show("/analyses/cohorts", lang);
            assertThat(overflowsSideways()).isFalse();
            shoot("analyses-cohorts-" + lang);
        }
        WebElement cohort = browser.all("#cohort-table tbody tr").get(3);
        long customers = number(cohort.findElement(By.cssSelector("a")).getText());
        assertThat(customers).isEqualTo(newByMonth.get(YearMonth.parse(cohort.getAttribute("data-cohort"))));
        assertThat(listed(cohort.findElement(By.cssSelector("a")))).isEqualTo(customers);

        browser.open("/?lang=ja&asOf=" + asOf);
        WebElement flag = browser.find(".leak-alert");
        assertThat(flag.getText()).contains("CPO");
        assertThat(flag.getAttribute("href")).contains("/analyses/cohorts");
        browser.screenshot("analyses-board-leak-ja");
    }

    @Test
    @Order(3)
    void entryProductsSortAndHighlightTheBestEntries() throws Exception {
        for (String lang : List.of("ja", "en")) {
            show("/analyses/entry", lang);
            assertThat(browser.all("#entry-table tbody tr.top")).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            assertThat(overflowsSideways()).isFalse();
            shoot("analyses-entry-" + lang);
        }
        show("/analyses/entry?sort=customers&desc=true", "en");
        List<Long> customers = browser.all("#entry-table tbody tr td:nth-of-type(1)").stream()
                .map(e -> number(e.getText())).toList();
        assertThat(customers).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        long firstOrders = rows("SELECT count(DISTINCT customer_id) FROM (SELECT customer_id, arg_min(order_id,"
                + " (order_date, ordered_at, order_id)) AS o FROM orders WHERE NOT cancelled AND amount > 0"
                + " AND customer_id IS NOT NULL GROUP BY customer_id) f JOIN order_lines l ON l.order_id = f.o", r -> r.getLong(1)).get(0);
        assertThat(customers.get(0)).isLessThanOrEqualTo(firstOrders);
        show("/analyses/entry?level=category", "ja");
        assertThat(browser.all("#entry-table tbody tr")).isNotEmpty();
        shoot("analyses-entry-category-ja");
    }

    @Test
    @Order(4)
    void journeyDrawsTwoSankeysWithMedianGapsAndPaths() throws Exception {
        for (String lang : List.of("ja", "en")) {
            show("/analyses/journey", lang);
            assertThat(browser.all("section[data-group]")).hasSize(2);
            assertThat(browser.all("section[data-group=top1] table.paths tbody tr")).isNotEmpty();
            assertThat(overflowsSideways()).isFalse();
            shoot("analyses-journey-" + lang);
        }
        WebElement top1 = browser.find("section[data-group=top1] .group-count");
        long shown = number(top1.getText());
        assertThat(listed(top1)).isEqualTo(shown);
    }

    @Test
    @Order(5)
    void behaviourCountsOpenTheSameCustomersInTheList() throws Exception {
        for (String lang : List.of("ja", "en")) {
            show("/analyses/behaviours", lang);
            assertThat(browser.all("#behaviour-table tbody tr")).hasSize(4);
            assertThat(browser.text("#behaviour-actions")).contains(lang.equals("ja") ? "アップセル" : "Upsell");
            assertThat(overflowsSideways()).isFalse();
            shoot("analyses-behaviours-" + lang);
        }
        for (String behaviour : List.of("heavy", "one_time", "seasonal", "bulk")) {
            show("/analyses/behaviours", "ja");
            WebElement count = browser.find("#behaviour-table tr[data-behaviour=" + behaviour + "] a.count");
            long n = number(count.getText());
            assertThat(listed(count)).as(behaviour).isEqualTo(n);
        }
        long oneTime = rows("SELECT count(*) FROM (SELECT customer_id FROM orders WHERE NOT cancelled AND amount > 0"
                + " AND customer_id IS NOT NULL GROUP BY customer_id HAVING count(*) = 1)", r -> r.getLong(1)).get(0);
        show("/analyses/behaviours", "ja");
        assertThat(number(browser.text("#behaviour-table tr[data-behaviour=one_time] a.count"))).isEqualTo(oneTime);
    }

    @Test
    @Order(6)
    void npsTakesSurveyAnswersFromThePage() throws Exception {
        List<String> ids = rows("SELECT DISTINCT customer_id FROM orders WHERE customer_id IS NOT NULL AND NOT cancelled AND amount > 0"
                + " ORDER BY 1 LIMIT 220",
                r -> r.getString(1));
        LocalDate asOf = latest();
        StringBuilder csv = new StringBuilder("customer_id,responded_on,score,comment\n");
        long promoters = 0;
        long detractors = 0;
        Map<String, Long> groups = new LinkedHashMap<>(Map.of("high", 0L, "mid", 0L, "low", 0L));
        for (int i = 0; i < ids.size(); i++) {
            int score = i % 11;
            csv.append(ids.get(i)).append(',').append(asOf.minusDays(i % 90)).append(',').append(score)
                    .append(",\"良い, とても\"\n");
            promoters += score >= 9 ? 1 : 0;
            detractors += score <= 6 ? 1 : 0;
            groups.merge(score >= 9 ? "high" : score >= 7 ? "mid" : "low", 1L, Long::sum);
        }
        Path survey = app.dir().resolve("survey.csv");
        Files.writeString(survey, csv, StandardCharsets.UTF_8);
        Path broken = app.dir().resolve("survey-broken.csv");
        Files.writeString(broken, "customer_id,responded_on,score\n" + ids.get(0) + "," + asOf + ",11\n",
                StandardCharsets.UTF_8);
        show("/analyses/nps", "en");
        upload("#survey-file", broken);
        assertThat(browser.text(".upload-errors")).contains("survey-broken.csv").contains("2");
        upload("#survey-file", survey);
        assertThat(browser.text(".upload-ok")).contains(Integer.toString(ids.size()));
        double nps = 100.0 * (promoters - detractors) / ids.size();
        assertThat(browser.text("#nps-overall")).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", nps));
        for (Map.Entry<String, Long> g : groups.entrySet()) {
            assertThat(number(browser.text("#loyalty-table tr[data-loyalty=" + g.getKey() + "] a.count")))
                    .isEqualTo(g.getValue());
        }
        for (String lang : List.of("ja", "en")) {
            show("/analyses/nps", lang);
            assertThat(overflowsSideways()).isFalse();
            shoot("analyses-nps-" + lang);
        }
        WebElement high = browser.find("#loyalty-table tr[data-loyalty=high] a.count");
        assertThat(listed(high)).isEqualTo(groups.get("high"));
    }

    @Test
    @Order(7)
    void theBoardsSegmentBoxPicksABehaviourGroupAndCountsAsTheAnalysis() throws Exception {
        LocalDate asOf = latest();
        List<String> heavy;
        List<String> retention;
        try (Connection c = app.db().getConnection()) {
            heavy = hako.analyses.behaviour.BehaviourSegments.members(c, asOf,
                    hako.settings.HakoSettings.DEFAULTS.behaviours(), hako.analyses.behaviour.Behaviour.HEAVY);
            hako.analyses.AnalysisQuery.dropWorkTables(c);
        }
        retention = rows("SELECT customer_id FROM customer_metrics WHERE as_of = DATE '" + asOf
                + "' AND stage = 'retention'", r -> r.getString(1));
        long expected = heavy.stream().filter(new java.util.HashSet<>(retention)::contains).count();
        assertThat(expected).isPositive();

        browser.open("/?lang=ja");
        browser.find("#segment-retention .tools button").click();
        new org.openqa.selenium.support.ui.Select(browser.find("#segment-retention select[name=group]"))
                .selectByValue("heavy");
        String live = "該当: " + String.format("%,d", expected) + "人";
        browser.waitFor(d -> d.findElement(By.cssSelector("#segment-count-retention")).getText().equals(live));
        browser.find("#segment-retention button[type=submit]").click();
        browser.waitFor(d -> d.findElement(By.cssSelector("#segment-retention .segment-count strong"))
                .getText().equals(String.format("%,d", expected) + "人"));
        browser.open("/?lang=ja");
        assertThat(browser.text("#segment-retention .definition")).isEqualTo("既存客維持 · ヘビーユーザー");
        WebElement box = browser.find("#segment-retention a.segment-count");
        assertThat(box.getAttribute("href")).contains("group=heavy");
        assertThat(listed(box)).isEqualTo(expected);

        browser.open("/?lang=ja");
        browser.find("#segment-retention .tools button").click();
        new org.openqa.selenium.support.ui.Select(browser.find("#segment-retention select[name=group]"))
                .selectByValue("");
        browser.find("#segment-retention button[type=submit]").click();
        browser.waitFor(d -> d.findElement(By.cssSelector("#segment-retention .definition")).getText().equals("既存客維持"));
    }

    @Test
    @Order(8)
    void entryProductCountsOpenTheirCustomersInTheList() throws Exception {
        for (String level : List.of("category", "product")) {
            show("/analyses/entry?sort=customers&desc=true&level=" + level, "en");
            List<WebElement> links = browser.all("#entry-table tbody tr a.count");
            assertThat(links).isNotEmpty();
            List<String> hrefs = links.stream().limit(2).map(a -> a.getAttribute("href")).toList();
            List<Long> shown = links.stream().limit(2).map(a -> number(a.getText())).toList();
            for (int i = 0; i < hrefs.size(); i++) {
                browser.driver().get(hrefs.get(i));
                assertThat(number(browser.text(".match-count"))).as(level + " " + hrefs.get(i)).isEqualTo(shown.get(i));
            }
        }
        shoot("analyses-entry-linked-list");
    }

    @Test
    @Order(9)
    void journeyPathCountsOpenTheirCustomersInTheList() throws Exception {
        for (String group : List.of("top1", "repeaters")) {
            show("/analyses/journey", "en");
            WebElement first = browser.find("section[data-group=" + group + "] table.paths tbody tr a.count");
            long shown = number(first.getText());
            assertThat(shown).isPositive();
            assertThat(listed(first)).as(group).isEqualTo(shown);
        }
    }

    @Test
    @Order(10)
    void npsRespondentsWithoutAPurchaseAreListedApart() throws Exception {
        LocalDate asOf = latest();
        Path survey = app.dir().resolve("survey-non-buyers.csv");
        Files.writeString(survey, "customer_id,responded_on,score\nnever-bought-1," + asOf + ",10\nnever-bought-2,"
                + asOf + ",9\n", StandardCharsets.UTF_8);
        show("/analyses/nps", "en");
        upload("#survey-file", survey);
        show("/analyses/nps", "en");
        String row = "#loyalty-table tr[data-loyalty=high] ";
        long buyers = number(browser.text(row + "a.count"));
        long without = number(browser.text(row + "a.without-purchase"));
        assertThat(without).isEqualTo(2);
        shoot("analyses-nps-without-purchase");
        assertThat(listed(browser.find(row + "a.count"))).isEqualTo(buyers);
        show("/analyses/nps", "ja");
        browser.driver().get(browser.find(row + "a.without-purchase").getAttribute("href"));
        browser.waitFor(d -> !d.findElements(By.cssSelector("#respondents-count")).isEmpty());
        assertThat(number(browser.text("#respondents-count"))).isEqualTo(without);
        assertThat(browser.all("#respondents-table tbody tr").stream().map(e -> e.getAttribute("data-customer")))
                .containsExactly("never-bought-1", "never-bought-2");
        shoot("analyses-nps-respondents-ja");
    }
}
