package hako.delivery;

import hako.settings.HakoSettings;
import hako.store.ShopDatabase;
import hako.store.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code hako bench-delivery}: N emails to a local SMTP server through the outbox (enqueue, claim,
 * send-time checks, render, send, journal, record), beside the same rendered messages sent by a bare
 * Jakarta Mail loop over one connection with no outbox. Rate limits are off in both.
 */
public final class DeliveryBenchmark {

    /** Seconds for the outbox round and for the bare loop, and how many the SMTP server received. */
    public record Result(int emails, double outboxSeconds, double bareSeconds, DeliveryReport report) {
        public double outboxPerSecond() {
            return emails / outboxSeconds;
        }

        public double barePerSecond() {
            return emails / bareSeconds;
        }
    }

    private final Path work;

    public DeliveryBenchmark(Path work) {
        this.work = work;
    }

    /** Sends {@code emails} emails to the SMTP server on loopback port {@code smtpPort} twice: through the outbox, then bare. */
    public Result run(int emails, int smtpPort) throws Exception {
        Files.createDirectories(work);
        Path file = work.resolve("bench-delivery.duckdb");
        deleteDatabase(file);
        HakoSettings settings = HakoSettings.DEFAULTS.with(Map.of("delivery.sender_name", "箱ショップ",
                "delivery.sender_email", "shop@bench.example", "delivery.sender_address", "東京都千代田区1-1-1",
                "delivery.email_per_second", "0", "delivery.line_per_second", "0"));
        String secret = "bench-secret-" + System.nanoTime();
        ChannelConfig config = ChannelConfig.from(Map.of(ChannelConfig.SMTP_HOST, "127.0.0.1",
                ChannelConfig.SMTP_PORT, Integer.toString(smtpPort), ChannelConfig.SMTP_SECURITY, "none",
                ChannelConfig.SECRET, secret)::get);
        try (Connection c = ShopDatabase.open(file)) {
            Instant now = Clock.systemUTC().instant();
            shop(c, emails, now.minusSeconds(60));
            long start = System.nanoTime();
            DeliveryReport report;
            try (Deliverer d = new Deliverer(c, settings, config, Clock.systemUTC(), Sleeper.REAL)) {
                report = d.run();
            }
            double outbox = (System.nanoTime() - start) / 1e9;
            double bare = bare(c, settings, config, secret);
            return new Result(emails, outbox, bare, report);
        } finally {
            deleteDatabase(file);
        }
    }

    /** The baseline: the same messages, rendered beforehand, sent in a plain loop over one SMTP connection. */
    private static double bare(Connection c, HakoSettings settings, ChannelConfig config, String secret)
            throws Exception {
        MessageRenderer renderer = new MessageRenderer(settings.delivery(), Optional.of(new LinkTokens(secret)));
        List<Object[]> messages = new ArrayList<>();
        try (var s = c.createStatement(); var r = s.executeQuery(
                "SELECT o.outbox_id, o.trigger_id, o.customer_id, o.address FROM outbox o WHERE o.status = 'sent'")) {
            while (r.next()) {
                messages.add(new Object[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)});
            }
        }
        // Every benchmark trigger has the same items and link: read one, render each with its own id.
        TriggerContent one = TriggerContent.load(c, (String) messages.get(0)[1]).orElseThrow();
        List<jakarta.mail.internet.MimeMessage> mails = new ArrayList<>();
        SmtpSender builder = new SmtpSender(config.smtp().orElseThrow(), settings.delivery(), Clock.systemUTC());
        long start = System.nanoTime();
        for (Object[] m : messages) {
            OutboxMessage om = new OutboxMessage((String) m[0], (String) m[1], (String) m[2], "recommendation",
                    Channel.EMAIL, 1);
            mails.add(builder.mail(om, (String) m[3], renderer.render(new TriggerContent((String) m[1],
                    one.scenario(), (String) m[2], one.step(), one.link(), one.items()), Channel.EMAIL, "顧客")));
        }
        ChannelConfig.Smtp smtp = config.smtp().orElseThrow();
        jakarta.mail.Session session = jakarta.mail.Session.getInstance(new java.util.Properties());
        try (jakarta.mail.Transport t = session.getTransport("smtp")) {
            t.connect(smtp.host(), smtp.port(), null, null);
            for (jakarta.mail.internet.MimeMessage mail : mails) {
                t.sendMessage(mail, mail.getAllRecipients());
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void shop(Connection c, int n, Instant due) throws SQLException {
        List<String> statements = Sql.statements(DeliveryBenchmark.class, "bench_shop.sql");
        try (PreparedStatement p = c.prepareStatement(statements.get(0))) {
            p.setInt(1, n);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(statements.get(1))) {
            Utc.set(p, 1, due);
            Utc.set(p, 2, due);
            p.setInt(3, n);
            p.executeUpdate();
        }
    }

    private static void deleteDatabase(Path file) throws java.io.IOException {
        for (String suffix : List.of("", ".wal", ".sent")) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }
}
