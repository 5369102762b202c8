package hako.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import hako.web.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * hako.js in real headless Chromium on a shop's page (another origin): clicks become events in the
 * table, a login merges the visitor, a purchase becomes an order, and leaving the page sends what is queued.
 */
class HakoJsBrowserTest {

    static EventsApp shop;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        shop = EventsApp.shared();
        String script = "<script src=\"" + shop.app.url("/hako.js") + "\" data-key=\"" + EventsApp.KEY + "\"></script>";
        shop.page("/item", "<!doctype html><html><head><meta charset=utf-8>" + script + "</head><body>"
                + "<h1>緑茶</h1>"
                + "<button id=view>view</button><button id=cart>cart</button><button id=login>login</button>"
                + "<button id=buy>buy</button><a id=leave href=\"/thanks\">leave</a>"
                + "<script>"
                + "document.getElementById('view').onclick = () => hako.track('product_view',"
                + " {product_code: 'T-01', product_name: '緑茶', price: 1200});"
                + "document.getElementById('cart').onclick = () => hako.track('add_to_cart',"
                + " {product_code: 'T-01', product_name: '緑茶', price: 1200, quantity: 2});"
                + "document.getElementById('login').onclick = () => hako.identify('C-js');"
                + "document.getElementById('buy').onclick = () => { hako.track('purchase', {order_id: 'JS-1',"
                + " items: [{product_code: 'T-01', product_name: '緑茶', price: 1200, quantity: 2}]}); hako.flush(); };"
                + "</script></body></html>");
        shop.page("/thanks", "<!doctype html><html><body>thanks</body></html>");
        browser = new Browser(shop.app);
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    static org.openqa.selenium.JavascriptExecutor js() {
        return (org.openqa.selenium.JavascriptExecutor) browser.driver();
    }

    long waitForCount(String sql, long expected) {
        return browser.waitFor(d -> {
            try {
                long n = shop.count(sql);
                return n == expected ? n : null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void clicksOnAShopsPageLandInTheEventsTableAndAPurchaseIsAnOrder() throws Exception {
        browser.driver().get(shop.siteOrigin() + "/item");
        browser.find("#view").click();
        browser.find("#cart").click();
        String visitor = (String) js().executeScript("return hako.visitorId()");
        waitForCount("SELECT count(*) FROM events WHERE visitor_id = '" + visitor + "' AND customer_id IS NULL", 2);

        browser.find("#login").click();
        browser.find("#buy").click();
        waitForCount("SELECT count(*) FROM orders WHERE order_id = 'JS-1' AND customer_id = 'C-js' AND amount = 2400", 1);

        assertThat(shop.count("SELECT count(*) FROM events WHERE visitor_id = '" + visitor + "' AND type = 'add_to_cart'"
                + " AND product_code = 'T-01' AND product_name = '緑茶' AND price = 1200 AND quantity = 2"
                + " AND url LIKE '%/item'")).isEqualTo(1);
        assertThat(shop.count("SELECT count(*) FROM customer_events WHERE visitor_id = '" + visitor + "'"
                + " AND counted_customer_id = 'C-js'")).as("the anonymous view and cart count for the customer").isEqualTo(3);
        assertThat(browser.driver().manage().getCookieNamed("hako_vid").getValue()).isEqualTo(visitor);
        browser.screenshot("hako-js-shop-page");
    }

    @Test
    void whatIsQueuedWhenThePageIsLeftIsSentOnTheWayOut() throws Exception {
        browser.driver().get(shop.siteOrigin() + "/item");
        String visitor = (String) js().executeScript("return hako.visitorId()");
        js().executeScript("hako.track('product_view', {product_code: 'LEAVE-1'})");
        browser.driver().findElement(By.id("leave")).click();

        waitForCount("SELECT count(*) FROM events WHERE visitor_id = '" + visitor + "' AND product_code = 'LEAVE-1'", 1);
    }
}
