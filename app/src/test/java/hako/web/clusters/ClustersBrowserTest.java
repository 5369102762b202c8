package hako.web.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import hako.web.InBrowser;
import hako.web.InBrowser.SignedIn;
import hako.web.WebApp;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

@SignedIn(WebApp.VIEWER)
class ClustersBrowserTest extends InBrowser {

    @Test
    void sixClustersAddUpToTheBoardsCustomerCount() throws Exception {
        LocalDate asOf = latestOrderDate();
        browser.open("/?lang=ja&asOf=" + asOf);
        long board = number(browser.text(".kpi .value"));
        browser.open("/clusters?lang=ja&asOf=" + asOf);
        List<WebElement> rows = browser.all("#cluster-table tbody tr");
        assertThat(rows).extracting(r -> r.getAttribute("data-cluster"))
                .containsExactly("top1", "top10", "top20", "one_time", "two_three", "repeater");
        long sum = browser.all("#cluster-table tbody a.count").stream().mapToLong(a -> number(a.getText())).sum();
        assertThat(sum).isEqualTo(board);
        assertThat(number(browser.text("#cluster-total"))).isEqualTo(board);
    }

    @Test
    void topTiersHoldTheirShareOfCustomersCountedFromTheOrders() throws Exception {
        LocalDate asOf = latestOrderDate();
        long buyers = buyers(asOf);
        browser.open("/clusters?lang=ja&asOf=" + asOf);
        long top1 = ceilPercent(buyers, 1);
        long top10 = ceilPercent(buyers, 10);
        long top20 = ceilPercent(buyers, 20);
        assertThat(number(browser.text("#cluster-total"))).isEqualTo(buyers);
        assertThat(count("top1")).isEqualTo(top1);
        assertThat(count("top10")).isEqualTo(top10 - top1);
        assertThat(count("top20")).isEqualTo(top20 - top10);
    }

    @Test
    void countsLeadToTheCustomerListOfTheSameDate() throws Exception {
        LocalDate asOf = latestOrderDate();
        browser.open("/clusters?lang=ja&asOf=" + asOf);
        String top10 = browser.find("#cluster-table tr.top10 a.count").getAttribute("href");
        assertThat(top10).endsWith("/customers?asOf=" + asOf + "&cluster=top10");
        browser.find(".heatmap details summary").click();
        List<WebElement> cells = browser.all("#heatmap-table tbody a");
        assertThat(cells).isNotEmpty();
        assertThat(cells.get(0).getAttribute("href")).contains("/customers?asOf=" + asOf + "&fMin=1&fMax=1&rMin=0&rMax=30");
        long inCells = browser.all("#heatmap-table tbody td").stream().mapToLong(td -> number(td.getText())).sum();
        assertThat(inCells).isEqualTo(number(browser.text("#cluster-total")));
    }

    @Test
    void repeatBuyersDueForFollowUpAreCountedFromTheOrders() throws Exception {
        LocalDate asOf = latestOrderDate();
        browser.open("/clusters?lang=ja&asOf=" + asOf);
        String note = browser.text(".follow-up");
        assertThat(note).contains("31〜60日", shown(dueForFollowUp(asOf)) + "人");
        assertThat(browser.find("#follow-up-link").getAttribute("href"))
                .endsWith("/customers?asOf=" + asOf + "&fMin=2&rMin=31&rMax=60");
    }

    @Test
    void theHeatmapAndThreeDistributionsAreDrawn() throws Exception {
        browser.open("/clusters?lang=ja");
        for (String chart : List.of("#heatmap-chart", "#frequency-chart", "#monetary-chart", "#recency-chart")) {
            WebElement canvas = browser.find(chart + " canvas");
            assertThat(canvas.getSize().getHeight()).as(chart).isGreaterThan(150);
            assertThat(browser.find(chart).getAttribute("aria-label")).as(chart).isNotBlank();
        }
        browser.screenshot("clusters-ja");
        assertThat(browser.scrollsVertically()).as("the clusters page scrolls at 1440×900").isFalse();
    }

    @Test
    void thePageSwitchesToEnglish() throws Exception {
        browser.open("/clusters?lang=en");
        assertThat(browser.text("h1")).isEqualTo("Cluster analysis");
        assertThat(browser.text("#cluster-table tr.one_time th .name")).isEqualTo("One-time buyers");
        assertThat(browser.text("#cluster-table thead")).contains("Customers", "Sales share", "Avg. M");
        browser.find("#recency-chart canvas");
        browser.screenshot("clusters-en");
        browser.open("/clusters?lang=ja");
        assertThat(browser.text("h1")).isEqualTo("クラスター分析");
    }

    @Test
    void aDateThatIsNotADateIsRefusedPlainly() {
        browser.open("/clusters?lang=en&asOf=yesterday");
        assertThat(browser.text("body")).contains("asOf");
    }

    static long count(String cluster) {
        return number(browser.text("#cluster-table tr." + cluster + " a.count"));
    }

    static long number(String shown) {
        return Long.parseLong(shown.replace(",", "").strip());
    }

    static String shown(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    static long ceilPercent(long n, long percent) {
        return (n * percent + 99) / 100;
    }

    static LocalDate latestOrderDate() throws Exception {
        try (Connection c = app.db().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT max(order_date) FROM orders")) {
            r.next();
            return r.getObject(1, LocalDate.class);
        }
    }

    /** Customers with two or more purchases whose last one is 31 to 60 days before as-of. */
    static long dueForFollowUp(LocalDate asOf) throws Exception {
        try (Connection c = app.db().getConnection(); var p = c.prepareStatement(
                "SELECT count(*) FROM (SELECT customer_id FROM orders"
                        + " WHERE customer_id IS NOT NULL AND NOT cancelled AND amount > 0 AND order_date <= ?"
                        + " GROUP BY customer_id HAVING count(*) >= 2 AND ?::DATE - max(order_date) BETWEEN 31 AND 60)")) {
            p.setObject(1, asOf);
            p.setObject(2, asOf);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Customers with a purchase (an order not cancelled, net amount above 0) on or before as-of. */
    static long buyers(LocalDate asOf) throws Exception {
        try (Connection c = app.db().getConnection(); var p = c.prepareStatement(
                "SELECT count(DISTINCT customer_id) FROM orders"
                        + " WHERE customer_id IS NOT NULL AND NOT cancelled AND amount > 0 AND order_date <= ?")) {
            p.setObject(1, asOf);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
