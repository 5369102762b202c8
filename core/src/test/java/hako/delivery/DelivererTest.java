package hako.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import hako.settings.HakoSettings;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DelivererTest extends DeliveryFixture {

    @Test
    void sendsOneEmailAndOneLinePushAndNothingMoreWhenRunAgain() throws Exception {
        String trigger = Shop.trigger(db, "cart_abandonment", "C1", "e-1", 1, MORNING.minusSeconds(60));

        assertThat(deliver().sent()).isEqualTo(2);
        assertThat(deliver().sent()).isZero();
        Shop.trigger(db, "cart_abandonment", "C1", "e-1", 2, MORNING.plus(Duration.ofDays(30)));
        assertThat(deliver().enqueued()).isZero();

        assertThat(channels.mails()).hasSize(1);
        MimeMessage mail = channels.mails().get(0);
        assertThat(mail.getSubject()).isEqualTo("【箱ショップ】カートに商品が残っています");
        assertThat(mail.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo("箱ショップ");
        assertThat(from.getAddress()).isEqualTo("shop@hako.example");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("hanako@example.jp");
        String outboxId = OutboxMessage.id(trigger, Channel.EMAIL);
        assertThat(mail.getMessageID()).isEqualTo("<" + OutboxMessage.idempotencyKey(outboxId) + "@hako.example>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String unsubscribe = mail.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe).matches("<https://shop\\.hako\\.example/u/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+>,"
                + " <mailto:shop@hako\\.example\\?subject=unsubscribe>");
        String body = (String) mail.getContent();
        assertThat(body).contains("山田 花子 様", "・有機緑茶 100g ×2 ￥1,280", "・急須 ￥4,500",
                "送信者：箱ショップ", "所在地：東京都千代田区1-1-1", "お問い合わせ：shop@hako.example",
                unsubscribe.substring(1, unsubscribe.indexOf('>')));
        assertThat(body).containsPattern("https://shop\\.hako\\.example/t/\\S+");
        assertThat(body).doesNotContain("https://shop.example/cart");

        assertThat(channels.line.requests()).hasSize(1);
        LineStub.Request push = channels.line.requests().get(0);
        assertThat(push.method()).isEqualTo("POST");
        assertThat(push.path()).isEqualTo("/v2/bot/message/push");
        assertThat(push.authorization()).isEqualTo("Bearer " + LineStub.TOKEN);
        assertThat(push.contentType()).startsWith("application/json");
        assertThat(push.retryKey()).isEqualTo(OutboxMessage.idempotencyKey(OutboxMessage.id(trigger, Channel.LINE))
                .toString());
        assertThat(push.body()).startsWith("{\"to\":\"U-hanako\",\"messages\":[{\"type\":\"text\",\"text\":\"山田 花子 様、")
                .contains("・有機緑茶 100g ×2 ￥1,280\\n  https://shop.hako.example/t/");
    }

    @Test
    void noConsentNoMessageAndTheSkipIsRecordedWithItsReason() throws Exception {
        Shop.customer(db, "C2", "佐藤 一郎", "ichiro@example.jp", false, null, false);
        String trigger = Shop.trigger(db, "recommendation", "C2", "o-9", 1, MORNING);

        DeliveryReport report = deliver();

        assertThat(report.sent()).isZero();
        assertThat(report.skipped()).isEqualTo(2);
        assertThat(channels.mails()).isEmpty();
        assertThat(channels.line.requests()).isEmpty();
        assertThat(Shop.status(db, OutboxMessage.id(trigger, Channel.EMAIL))).isEqualTo("skipped no email consent");
        assertThat(Shop.status(db, OutboxMessage.id(trigger, Channel.LINE))).isEqualTo("skipped no LINE user id");
        assertThat(MessageLog.of(db, "C2", 10)).extracting(MessageLog.Entry::status).containsOnly("skipped");
    }

    @Test
    void consentIsCheckedAtSendTimeNotOnlyWhenEnqueued() throws Exception {
        String trigger = Shop.trigger(db, "cart_abandonment", "C1", "e-2", 1, MORNING);
        new Outbox(db).enqueue(MORNING, java.util.EnumSet.allOf(Channel.class));
        try (var s = db.createStatement()) {
            s.execute("UPDATE customers SET consent_email = false WHERE customer_id = 'C1'");
        }

        deliver();

        assertThat(channels.mails()).isEmpty();
        assertThat(Shop.status(db, OutboxMessage.id(trigger, Channel.EMAIL))).isEqualTo("skipped no email consent");
        assertThat(channels.line.delivered()).hasSize(1);
    }

    @Test
    void aCancelledTriggerIsNotSent() throws Exception {
        String trigger = Shop.trigger(db, "cart_abandonment", "C1", "e-3", 1, MORNING);
        new Outbox(db).enqueue(MORNING, java.util.EnumSet.allOf(Channel.class));
        Shop.cancel(db, trigger, MORNING, "purchased");

        deliver();

        assertThat(channels.mails()).isEmpty();
        assertThat(channels.line.requests()).isEmpty();
        assertThat(Shop.status(db, OutboxMessage.id(trigger, Channel.LINE))).isEqualTo("skipped trigger cancelled: purchased");
    }

    @Test
    void theFrequencyCapAllowsOneMessagePerChannelPer16Hours() throws Exception {
        Shop.trigger(db, "cart_abandonment", "C1", "e-4", 1, MORNING);
        deliver();
        clock.advance(Duration.ofHours(15));
        String second = Shop.trigger(db, "browse_retargeting", "C1", "p-1", 1, clock.instant());
        deliver();
        clock.advance(Duration.ofHours(1));
        String third = Shop.trigger(db, "recommendation", "C1", "o-1", 1, clock.instant());
        deliver();

        assertThat(Shop.status(db, OutboxMessage.id(second, Channel.EMAIL))).startsWith("skipped frequency cap");
        assertThat(Shop.status(db, OutboxMessage.id(second, Channel.LINE))).startsWith("skipped frequency cap");
        assertThat(Shop.status(db, OutboxMessage.id(third, Channel.EMAIL))).isEqualTo("sent");
        assertThat(Shop.status(db, OutboxMessage.id(third, Channel.LINE))).startsWith("pending LINE quiet hours");
        assertThat(channels.mails()).hasSize(2);
        assertThat(channels.line.delivered()).hasSize(1);
    }

    @Test
    void lineWaitsOutTheQuietHoursWhileEmailGoes() throws Exception {
        clock.set(Instant.parse("2026-11-20T13:30:00Z")); // 22:30 in Tokyo
        String trigger = Shop.trigger(db, "cart_abandonment", "C1", "e-5", 1, clock.instant());

        DeliveryReport night = deliver();

        assertThat(night.sent()).isEqualTo(1);
        assertThat(night.postponed()).isEqualTo(1);
        assertThat(channels.line.requests()).isEmpty();
        assertThat(Shop.status(db, OutboxMessage.id(trigger, Channel.LINE))).startsWith("pending LINE quiet hours");
        clock.set(Instant.parse("2026-11-20T22:59:00Z")); // 07:59
        assertThat(deliver().sent()).isZero();
        clock.set(Instant.parse("2026-11-20T23:00:00Z")); // 08:00
        assertThat(deliver().sent()).isEqualTo(1);
        assertThat(channels.line.delivered()).hasSize(1);
        assertThat(MessageLog.events(db, OutboxMessage.id(trigger, Channel.LINE))).containsExactly("postponed", "sent");
    }

    @Test
    void aTransientFailureIsRetriedWithBackoffUntilItSucceeds() throws Exception {
        channels.line.answer(500, 429);
        String trigger = Shop.trigger(db, "cart_abandonment", "C1", "e-6", 1, MORNING);
        String line = OutboxMessage.id(trigger, Channel.LINE);

        assertThat(deliver().retried()).isEqualTo(1);
        assertThat(Shop.status(db, line)).isEqualTo("pending LINE 500: {\"message\":\"status 500\"}");
        clock.advance(Duration.ofSeconds(59));
        assertThat(deliver().retried()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(deliver().retried()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(119));
        assertThat(deliver().sent()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(deliver().sent()).isEqualTo(1);

        assertThat(channels.line.requests()).extracting(LineStub.Request::retryKey).containsOnly(
                OutboxMessage.idempotencyKey(line).toString());
        assertThat(channels.line.delivered()).hasSize(1);
        assertThat(MessageLog.events(db, line)).containsExactly("retry", "retry", "sent");
    }

    @Test
    void emailIsRetriedWhenTheSmtpServerIsDown() throws Exception {
        String trigger = Shop.trigger(db, "cart_abandonment", "C1", "e-7", 1, MORNING);
        int closedPort;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = free.getLocalPort();
        }
        ChannelConfig down = ChannelConfig.from(Map.of(ChannelConfig.SMTP_HOST, "127.0.0.1", ChannelConfig.SMTP_PORT,
                Integer.toString(closedPort), ChannelConfig.SMTP_SECURITY, "none", ChannelConfig.SECRET, Shop.SECRET)::get);

        try (Deliverer d = new Deliverer(db, Shop.SETTINGS, down, clock, clock)) {
            assertThat(d.run().retried()).isEqualTo(1);
        }
        assertThat(Shop.status(db, OutboxMessage.id(trigger, Channel.EMAIL))).startsWith("pending SMTP");
        clock.advance(Duration.ofMinutes(1));

        assertThat(deliver().sent()).isEqualTo(2); // the email, and the LINE push now that LINE is configured
        assertThat(channels.mails()).hasSize(1);
        assertThat(Shop.status(db, OutboxMessage.id(trigger, Channel.EMAIL))).isEqualTo("sent");
    }

    @Test
    void aPermanentFailureIsMarkedFailedWithTheReasonAndNotRetried() throws Exception {
        channels.line.answer(400);
        String trigger = Shop.trigger(db, "cart_abandonment", "C1", "e-8", 1, MORNING);

        assertThat(deliver().failed()).isEqualTo(1);
        clock.advance(Duration.ofDays(1));
        deliver();

        assertThat(Shop.status(db, OutboxMessage.id(trigger, Channel.LINE))).isEqualTo("failed LINE 400: {\"message\":\"status 400\"}");
        assertThat(channels.line.requests()).hasSize(1);
    }

    @Test
    void retriesStopAfterTheLastAttempt() throws Exception {
        HakoSettings twice = Shop.SETTINGS.with(Map.of("delivery.max_attempts", "2"));
        channels.line.answer(503, 503, 503);
        String trigger = Shop.trigger(db, "cart_abandonment", "C1", "e-9", 1, MORNING);

        deliver(twice);
        clock.advance(Duration.ofMinutes(1));
        deliver(twice);
        clock.advance(Duration.ofHours(1));
        deliver(twice);

        assertThat(Shop.status(db, OutboxMessage.id(trigger, Channel.LINE))).startsWith("failed gave up after 2 attempts: LINE 503");
        assertThat(channels.line.requests()).hasSize(2);
    }

    @Test
    void lineFirstSendsByLineOnlyWhenTheCustomerCanGetLine() throws Exception {
        HakoSettings lineFirst = Shop.SETTINGS.with(Map.of("delivery.channels", "line-first"));
        Shop.customer(db, "C3", "鈴木", "suzuki@example.jp", true, null, false);
        String both = Shop.trigger(db, "recommendation", "C1", "o-2", 1, MORNING);
        String emailOnly = Shop.trigger(db, "recommendation", "C3", "o-3", 1, MORNING);

        deliver(lineFirst);

        assertThat(Shop.status(db, OutboxMessage.id(both, Channel.EMAIL))).isEqualTo("skipped line-first: sent by line instead");
        assertThat(Shop.status(db, OutboxMessage.id(both, Channel.LINE))).isEqualTo("sent");
        assertThat(Shop.status(db, OutboxMessage.id(emailOnly, Channel.EMAIL))).isEqualTo("sent");
        assertThat(channels.mails()).extracting(m -> m.getAllRecipients()[0].toString()).containsExactly("suzuki@example.jp");
    }

    @Test
    void lineFirstFallsBackToEmailWhenTheLinePushFailsForGood() throws Exception {
        HakoSettings lineFirst = Shop.SETTINGS.with(Map.of("delivery.channels", "line-first"));
        channels.line.answer(400);
        String trigger = Shop.trigger(db, "recommendation", "C1", "o-4", 1, MORNING);

        deliver(lineFirst);

        assertThat(Shop.status(db, OutboxMessage.id(trigger, Channel.LINE))).startsWith("failed LINE 400");
        assertThat(Shop.status(db, OutboxMessage.id(trigger, Channel.EMAIL))).isEqualTo("sent");
        assertThat(channels.mails()).extracting(m -> m.getAllRecipients()[0].toString()).containsExactly("hanako@example.jp");
    }

    @Test
    void lineFirstEmailWaitsWhileLineIsRetriedAndIsSkippedOnceLineGetsThrough() throws Exception {
        HakoSettings lineFirst = Shop.SETTINGS.with(Map.of("delivery.channels", "line-first"));
        channels.line.answer(503);
        String trigger = Shop.trigger(db, "recommendation", "C1", "o-5", 1, MORNING);

        deliver(lineFirst);

        assertThat(Shop.status(db, OutboxMessage.id(trigger, Channel.LINE))).startsWith("pending LINE 503");
        assertThat(Shop.status(db, OutboxMessage.id(trigger, Channel.EMAIL)))
                .isEqualTo("pending line-first: waiting for the line message; sent by email if that fails");
        assertThat(channels.mails()).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        deliver(lineFirst);

        assertThat(Shop.status(db, OutboxMessage.id(trigger, Channel.LINE))).isEqualTo("sent");
        assertThat(Shop.status(db, OutboxMessage.id(trigger, Channel.EMAIL))).isEqualTo("skipped line-first: sent by line instead");
        assertThat(channels.mails()).isEmpty();
        assertThat(channels.line.delivered()).hasSize(1);
    }

    @Test
    void lineFirstDoesNotSendTheEmailWhenTheLineMessageWasSkippedByTheFrequencyCap() throws Exception {
        HakoSettings lineFirst = Shop.SETTINGS.with(Map.of("delivery.channels", "line-first"));
        Shop.trigger(db, "recommendation", "C1", "o-6", 1, MORNING);
        deliver(lineFirst);
        clock.advance(Duration.ofHours(1));
        String second = Shop.trigger(db, "cart_abandonment", "C1", "e-6", 1, clock.instant());

        deliver(lineFirst);

        assertThat(Shop.status(db, OutboxMessage.id(second, Channel.LINE))).startsWith("skipped frequency cap");
        assertThat(Shop.status(db, OutboxMessage.id(second, Channel.EMAIL)))
                .startsWith("skipped line-first: the line message was skipped (frequency cap");
        assertThat(channels.mails()).isEmpty();
    }

    @Test
    void theRateLimitSpacesSendsOnAChannel() throws Exception {
        HakoSettings paced = Shop.SETTINGS.with(Map.of("delivery.email_per_second", "4"));
        for (int i = 0; i < 9; i++) {
            Shop.customer(db, "R" + i, "客" + i, "r" + i + "@example.jp", true, null, false);
            Shop.trigger(db, "recommendation", "R" + i, "o", 1, MORNING);
        }

        deliver(paced);

        assertThat(channels.mails()).hasSize(9);
        assertThat(clock.instant()).isEqualTo(MORNING.plus(Duration.ofSeconds(2)));
    }
}
