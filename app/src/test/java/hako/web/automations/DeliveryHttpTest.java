package hako.web.automations;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import hako.delivery.ChannelConfig;
import hako.delivery.Deliverer;
import hako.delivery.DeliveryReport;
import hako.delivery.Sleeper;
import hako.settings.HakoSettings;
import hako.web.WebApp;
import hako.web.security.WebSession;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A message delivered to a real SMTP server with links to the running web app: the unsubscribe link
 * works end to end without login (GET confirms, POST unsubscribes, the next message is skipped), tracked
 * links record the click and redirect, forged tokens are refused, and the customer page, the statistics
 * page, the preview and the board show the messages.
 */
class DeliveryHttpTest {

    static WebApp app;
    static GreenMail smtp;
    static HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        app = WebApp.shared();
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    DeliveryReport deliver() throws Exception {
        HakoSettings settings = HakoSettings.DEFAULTS.with(Map.of("delivery.sender_name", "箱ショップ",
                "delivery.sender_email", "shop@hako.example", "delivery.sender_address", "東京都千代田区1-1-1",
                "delivery.public_url", app.url(""), "delivery.line_quiet_from", "00:00",
                "delivery.line_quiet_until", "00:00"));
        ChannelConfig config = ChannelConfig.from(Map.of(ChannelConfig.SMTP_HOST, "127.0.0.1", ChannelConfig.SMTP_PORT,
                Integer.toString(smtp.getSmtp().getPort()), ChannelConfig.SMTP_SECURITY, "none",
                ChannelConfig.SECRET, WebApp.DELIVERY_SECRET)::get);
        try (Connection c = app.db().getConnection();
             Deliverer d = new Deliverer(c, settings, config, Clock.systemUTC(), Sleeper.REAL)) {
            return d.run();
        }
    }

    static void trigger(String id, String customer, String scenario) throws Exception {
        try (Connection c = app.db().getConnection(); PreparedStatement p = c.prepareStatement(
                "INSERT INTO automation_triggers (trigger_id, scenario, customer_id, trigger_key, step, decided_at, due_at,"
                        + " items, link) VALUES (?, ?, ?, 'k', 1, ?, ?, ?, 'https://shop.example/cart')")) {
            LocalDateTime now = LocalDateTime.ofInstant(Instant.now().minusSeconds(5), ZoneOffset.UTC);
            p.setString(1, id);
            p.setString(2, scenario);
            p.setString(3, customer);
            p.setObject(4, now);
            p.setObject(5, now);
            p.setString(6, "[{\"product_code\":\"P-1\",\"product_name\":\"有機緑茶\",\"price\":1280,\"quantity\":1,"
                    + "\"url\":\"https://shop.example/p/1\"}]");
            p.executeUpdate();
        }
    }

    @Test
    void theUnsubscribeLinkInAMailWorksWithoutLoginAndStopsTheNextMessage() throws Exception {
        try (Connection c = app.db().getConnection(); var s = c.createStatement()) {
            s.execute("INSERT INTO customers (customer_id, email, name, consent_email, consent_line, import_id)"
                    + " VALUES ('WEB-1', 'web1@example.jp', '配信 太郎', true, false, 1)");
        }
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        assertThat(marketer.get("/").body()).contains("automations-line", "カゴ落ち：配信 0");
        trigger("cart_abandonment:WEB-1:k:1", "WEB-1", "cart_abandonment");
        assertThat(deliver().sent()).isEqualTo(1);
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("【箱ショップ】カートに商品が残っています");
        String header = mail.getHeader("List-Unsubscribe")[0];
        String unsubscribe = header.substring(1, header.indexOf('>'));
        assertThat(unsubscribe).startsWith(app.url("/u/"));
        String body = (String) mail.getContent();
        assertThat(body).contains(unsubscribe);

        HttpResponse<String> confirm = plain.send(HttpRequest.newBuilder(URI.create(unsubscribe)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("w***@example.jp", "配信を停止する");
        HttpResponse<String> oneClick = plain.send(HttpRequest.newBuilder(URI.create(unsubscribe))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(oneClick.body()).contains("停止しました");

        trigger("recommendation:WEB-1:k:1", "WEB-1", "recommendation");
        DeliveryReport after = deliver();
        assertThat(after.sent()).isZero();
        assertThat(after.skipped()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);

        Matcher tracked = Pattern.compile(Pattern.quote(app.url("/t/")) + "\\S+").matcher(body);
        assertThat(tracked.find()).isTrue();
        HttpResponse<String> click = plain.send(HttpRequest.newBuilder(URI.create(tracked.group())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(click.statusCode()).isEqualTo(302);
        assertThat(click.headers().firstValue("Location")).contains("https://shop.example/p/1");
        String forged = tracked.group().substring(0, tracked.group().length() - 3) + "xyz";
        assertThat(plain.send(HttpRequest.newBuilder(URI.create(forged)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        assertThat(plain.send(HttpRequest.newBuilder(URI.create(app.url("/u/forged.token"))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);

        String page = marketer.get("/customers/view?id=WEB-1").body();
        assertThat(page).contains("自動配信の履歴", "カゴ落ち", "配信済み", "レコメンド", "unsubscribed from email");
        String stats = marketer.get("/automations/stats").body();
        assertThat(stats).containsPattern("data-scenario=\"cart_abandonment\">\\s*<td>カゴ落ち</td>\\s*"
                + "<td class=\"num triggered\">1</td>\\s*<td class=\"num sent\">1</td>\\s*<td class=\"num clicked\">1</td>");
        assertThat(stats).contains("counts-note", "配信は送ったメッセージの数です");
        String preview = marketer.get("/automations/preview/cart_abandonment:WEB-1:k:1").body();
        assertThat(preview).contains("カートに商品が残っています", "配信 太郎 様", "/t/", "/u/", "有機緑茶 ￥1,280");
        assertThat(WebSession.loggedIn(app, WebApp.VIEWER).get("/automations/preview/cart_abandonment:WEB-1:k:1")
                .statusCode()).isEqualTo(403);
        // the board's line, cached between views, shows the message sent since the first view
        assertThat(marketer.get("/").body()).contains("automations-line", "カゴ落ち：配信 1");
    }
}
