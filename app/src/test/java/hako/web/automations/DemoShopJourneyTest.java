package hako.web.automations;

import static org.assertj.core.api.Assertions.assertThat;

import hako.delivery.DeliveryReport;
import hako.devinbox.DevInbox;
import hako.devinbox.LinePush;
import hako.web.Browser;
import hako.web.MovingClock;
import hako.web.ShopSite;
import hako.web.WebApp;
import hako.web.security.WebSession;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 7's "Done when" on the demo shop, through the running web app: a visitor in real headless Chromium
 * on the shop's site (hako.js with the write key) looks at a product, puts it in the cart and logs in as a
 * demo customer; an hour later by the app's clock the background loops' own code decides the cart
 * abandonment and sends exactly one email to a real SMTP server and one LINE push to the LINE stand-in (the
 * same as {@code hako dev-inbox}); the purchase that follows ends the scenario and is attributed, as the
 * scenario page and the customer page show.
 */
class DemoShopJourneyTest {

    static final String KEY = "demo-journey-write-key-0123456789";

    static DevInbox inbox;
    static ShopSite site;
    static WebApp app;
    static MovingClock clock = new MovingClock();
    static Customer customer;
    static Product product;

    record Customer(String id, String name, String email, String lineUserId) {
    }

    record Product(String code, String name, BigDecimal price) {
    }

    @BeforeAll
    static void start() throws Exception {
        inbox = DevInbox.start("127.0.0.1", 0, 0, DevInbox.LINE_TOKEN, push -> { });
        site = new ShopSite();
        int port = WebApp.freePort();
        Map<String, String> properties = new HashMap<>(inbox.config());
        properties.put("hako.events.write-key", KEY);
        properties.put("hako.events.allowed-origins", site.origin());
        app = WebApp.demoShop(Map.of("delivery.sender_name", "箱ショップ", "delivery.sender_email", "shop@hako.example",
                "delivery.sender_address", "東京都千代田区丸の内1-1-1", "delivery.public_url", "http://127.0.0.1:" + port,
                // the test runs at any hour: no LINE quiet hours; rounds only when the test asks
                "delivery.line_quiet_from", "00:00", "delivery.line_quiet_until", "00:00",
                "delivery.interval_seconds", "86400", "delivery.email_per_second", "0"), properties, port, clock);
        customer = customer();
        product = product();
        String script = "<script src=\"" + app.url("/hako.js") + "\" data-key=\"" + KEY + "\"></script>";
        site.page("/products/" + product.code(), "<!doctype html><html><head><meta charset=utf-8>" + script
                + "</head><body><h1>" + product.name() + "</h1>"
                + "<button id=cart>カートに入れる</button><button id=login>ログイン</button>"
                + "<script>"
                + "hako.track('product_view', {product_code: '" + product.code() + "', product_name: '" + product.name()
                + "', price: " + product.price() + "});"
                + "document.getElementById('cart').onclick = () => hako.track('add_to_cart', {product_code: '"
                + product.code() + "', product_name: '" + product.name() + "', price: " + product.price()
                + ", quantity: 2});"
                + "document.getElementById('login').onclick = () => { hako.identify('" + customer.id() + "'); hako.flush(); };"
                + "</script></body></html>");
    }

    @AfterAll
    static void stop() {
        app.close();
        site.close();
        inbox.close();
    }

    /** A demo customer who agreed to email and LINE, with a LINE id, and whose last order is long past. */
    static Customer customer() throws Exception {
        try (Connection c = app.db().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT customer_id, name, email, line_user_id FROM customers"
                        + " WHERE consent_email AND consent_line AND email <> '' AND line_user_id <> ''"
                        + " AND customer_id IN (SELECT customer_id FROM orders GROUP BY customer_id"
                        + "                     HAVING max(ordered_at) < current_date - 400)"
                        + " ORDER BY customer_id LIMIT 1")) {
            assertThat(r.next()).as("the demo shop has customers reachable by email and LINE").isTrue();
            return new Customer(r.getString(1), r.getString(2), r.getString(3), r.getString(4));
        }
    }

    static Product product() throws Exception {
        try (Connection c = app.db().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT product_code, name, price FROM products WHERE price > 0 AND name NOT LIKE '%''%'"
                        + " ORDER BY product_code LIMIT 1")) {
            assertThat(r.next()).isTrue();
            return new Product(r.getString(1), r.getString(2), r.getBigDecimal(3));
        }
    }

    /** One tick of both background loops, on their own code paths: evaluate the scenarios, then a delivery round. */
    static DeliveryReport tick() throws Exception {
        assertThat(app.bean(AutomationRunner.class).runOnce()).as("the evaluation ran").isNotNull();
        return app.bean(DeliveryLoop.class).deliverNow().orElseThrow(() -> new AssertionError("delivery is off"));
    }

    static List<MimeMessage> mailsToTheCustomer() throws Exception {
        List<MimeMessage> to = new java.util.ArrayList<>();
        for (MimeMessage m : inbox.mails()) {
            if (m.getAllRecipients()[0].toString().equals(customer.email())) {
                to.add(m);
            }
        }
        return to;
    }

    static List<LinePush> pushesToTheCustomer() {
        return inbox.pushes().stream().filter(p -> p.to().equals(customer.lineUserId())).toList();
    }

    static long count(String sql) throws Exception {
        try (Connection c = app.db().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void anAbandonedCartOnTheDemoShopGetsOneEmailAndOneLinePushAndThePurchaseAfterIsAttributed() throws Exception {
        String visitor;
        try (Browser browser = new Browser(app)) {
            browser.driver().get(site.origin() + "/products/" + product.code());
            browser.find("#cart").click();
            browser.find("#login").click();
            visitor = (String) ((JavascriptExecutor) browser.driver()).executeScript("return hako.visitorId()");
            browser.waitFor(d -> {
                try {
                    return count("SELECT count(*) FROM customer_events WHERE visitor_id = '" + visitor
                            + "' AND counted_customer_id = '" + customer.id() + "'") == 2
                            && count("SELECT count(*) FROM visitor_customers WHERE visitor_id = '" + visitor + "'") == 1
                            ? true : null;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        clock.advance(Duration.ofMinutes(59));
        tick();
        assertThat(mailsToTheCustomer()).isEmpty();
        assertThat(pushesToTheCustomer()).isEmpty();

        clock.advance(Duration.ofMinutes(2));
        tick();
        tick();
        assertThat(mailsToTheCustomer()).hasSize(1);
        assertThat(pushesToTheCustomer()).hasSize(1);
        assertThat(count("SELECT count(*) FROM automation_triggers WHERE customer_id = '" + customer.id() + "'"))
                .as("cart steps 1 and 2, nothing else for this customer").isEqualTo(2);

        MimeMessage mail = mailsToTheCustomer().get(0);
        assertThat(mail.getSubject()).isEqualTo("【箱ショップ】カートに商品が残っています");
        String body = (String) mail.getContent();
        String unsubscribe = mail.getHeader("List-Unsubscribe")[0];
        unsubscribe = unsubscribe.substring(1, unsubscribe.indexOf('>'));
        assertThat(unsubscribe).startsWith(app.url("/u/"));
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(body).contains(customer.name() + " 様", product.name() + " ×2", unsubscribe, "配信停止",
                "所在地：東京都千代田区丸の内1-1-1");
        LinePush push = pushesToTheCustomer().get(0);
        assertThat(push.authorization()).isEqualTo("Bearer " + DevInbox.LINE_TOKEN);
        assertThat(push.retryKey()).isNotBlank();
        assertThat(String.join("\n", push.texts())).contains(product.name());

        // the customer clicks the mail's link: recorded, and back to the shop's product page
        Matcher tracked = Pattern.compile(Pattern.quote(app.url("/t/")) + "\\S+").matcher(body);
        assertThat(tracked.find()).isTrue();
        HttpResponse<String> click = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build().send(HttpRequest.newBuilder(URI.create(tracked.group()))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(click.uri().toString()).startsWith(site.origin() + "/products/" + product.code());

        // two hours later the customer buys what was in the cart; the shop reports the purchase
        clock.advance(Duration.ofHours(2));
        HttpResponse<String> bought = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(app.url("/api/v1/events"))).header("Authorization", "Bearer " + KEY)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"type\":\"purchase\",\"visitor_id\":\"" + visitor + "\",\"customer_id\":\"" + customer.id()
                                + "\",\"order_id\":\"JOURNEY-1\",\"items\":[{\"product_code\":\"" + product.code()
                                + "\",\"price\":" + product.price() + ",\"quantity\":2}]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bought.statusCode()).as(bought.body()).isEqualTo(202);
        clock.advance(Duration.ofMinutes(1));
        tick();
        clock.advance(Duration.ofDays(1));
        tick();
        assertThat(mailsToTheCustomer()).hasSize(1);
        assertThat(pushesToTheCustomer()).hasSize(1);
        assertThat(count("SELECT count(*) FROM automation_triggers WHERE customer_id = '" + customer.id()
                + "' AND step = 2 AND cancel_reason = 'purchased'")).isEqualTo(1);

        BigDecimal revenue = product.price().multiply(BigDecimal.valueOf(2));
        String yen = "￥" + String.format("%,d", revenue.setScale(0, java.math.RoundingMode.HALF_UP).longValue());
        try (Browser browser = new Browser(app)) {
            browser.login(WebApp.MARKETER).open("/automations/cart_abandonment");
            String row = "#delivery tr[data-scenario=cart_abandonment] ";
            browser.waitFor(d -> browser.all(row + "td.revenue").isEmpty() ? null : true);
            assertThat(browser.text(row + "td.triggered")).isEqualTo("2");
            assertThat(browser.text(row + "td.sent")).isEqualTo("2");
            assertThat(browser.text(row + "td.clicked")).isEqualTo("1");
            assertThat(browser.text(row + "td.converted")).isEqualTo("1");
            assertThat(browser.text(row + "td.revenue")).isEqualTo(yen);
            browser.screenshot("demo-shop-cart-abandonment-stats");

            browser.open("/customers/view?id=" + customer.id());
            List<String> log = browser.all("table.message-log tr.message").stream().map(e -> e.getText()).toList();
            assertThat(log).hasSize(2).allSatisfy(line -> assertThat(line).contains("カゴ落ち", "配信済み"));
            assertThat(browser.all("table.message-log tr.message td.converted").stream()
                    .filter(e -> e.getText().equals("あり")).count()).isEqualTo(1);
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                    browser.find("section.messages"));
            browser.screenshot("demo-shop-customer-message-log");
        }
    }
}
