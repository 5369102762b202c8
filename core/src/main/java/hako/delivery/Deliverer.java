package hako.delivery;

import hako.settings.HakoSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One delivery round: recovers messages a crashed sender left 'sending', enqueues the due triggers,
 * then claims and sends batch after batch until nothing is due. Each message passes the safety rules
 * at send time, is paced by its channel's rate limit, and its outcome is recorded before the next one
 * is sent. One sender per database at a time (see the README's exactly-once design).
 */
public final class Deliverer implements AutoCloseable {

    /** Messages claimed at once: a crash leaves at most this many to recover. */
    static final int BATCH = 100;

    private final Connection c;
    private final Outbox outbox;
    private final Clock clock;
    private final DeliverySettings settings;
    private final SafetyRules rules;
    private final MessageRenderer renderer;
    private final Map<Channel, ChannelSender> senders;
    private final Map<Channel, RateLimit> limits = new EnumMap<>(Channel.class);

    /** A deliverer sending through the channels {@code config} names. */
    public Deliverer(Connection c, HakoSettings settings, ChannelConfig config, Clock clock, Sleeper sleeper) {
        this(c, settings, config.secret().orElseThrow(() -> new IllegalArgumentException(
                "set " + ChannelConfig.environmentName(ChannelConfig.SECRET) + " (hako.delivery.secret): it signs the"
                        + " unsubscribe and tracked links")), senders(config, settings.delivery(), clock), clock, sleeper);
    }

    Deliverer(Connection c, HakoSettings settings, String secret, Map<Channel, ChannelSender> senders, Clock clock,
              Sleeper sleeper) {
        if (senders.isEmpty()) {
            throw new IllegalArgumentException("no channel configured: set HAKO_SMTP_HOST (email) and/or HAKO_LINE_TOKEN"
                    + " (LINE)");
        }
        this.c = c;
        this.outbox = new Outbox(c);
        this.clock = clock;
        this.settings = settings.delivery();
        this.rules = new SafetyRules(this.settings, settings.zone(), senders.keySet());
        this.renderer = new MessageRenderer(this.settings, Optional.of(new LinkTokens(secret)));
        this.senders = senders;
        for (Channel ch : Channel.values()) {
            limits.put(ch, new RateLimit(this.settings.perSecond(ch), clock, sleeper));
        }
    }

    private static Map<Channel, ChannelSender> senders(ChannelConfig config, DeliverySettings settings, Clock clock) {
        Map<Channel, ChannelSender> m = new EnumMap<>(Channel.class);
        config.smtp().ifPresent(s -> m.put(Channel.EMAIL, new SmtpSender(s, settings, clock)));
        config.line().ifPresent(l -> m.put(Channel.LINE, new LineSender(l)));
        return m;
    }

    /** Sends everything due now, once. Stops early (the rest waits for the next round) when interrupted. */
    public DeliveryReport run() throws SQLException {
        Instant start = clock.instant();
        int recovered = outbox.recover(start);
        int enqueued = outbox.enqueue(start);
        Tally tally = new Tally();
        boolean interrupted = false;
        while (!interrupted) {
            List<OutboxMessage> batch = outbox.claim(start, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            for (OutboxMessage m : batch) {
                if (Thread.currentThread().isInterrupted()) {
                    interrupted = true;
                    break;
                }
                deliver(m, tally);
            }
        }
        return new DeliveryReport(recovered, enqueued, tally.sent, tally.skipped, tally.postponed, tally.retried,
                tally.failed, interrupted);
    }

    private void deliver(OutboxMessage claimed, Tally tally) throws SQLException {
        Optional<SendContext> ctx = SendContext.load(c, claimed.outboxId());
        if (ctx.isEmpty()) {
            outbox.skipped(claimed, "its trigger no longer exists", clock.instant());
            tally.skipped++;
            return;
        }
        OutboxMessage m = ctx.get().message();
        Decision decision = rules.decide(ctx.get(), clock.instant());
        if (decision instanceof Decision.Skip skip) {
            outbox.skipped(m, skip.reason(), clock.instant());
            tally.skipped++;
        } else if (decision instanceof Decision.Postpone later) {
            outbox.later(m, later.until(), later.reason(), false, clock.instant());
            tally.postponed++;
        } else if (decision instanceof Decision.Send send) {
            send(m, ctx.get(), send.address(), tally);
        }
    }

    private void send(OutboxMessage m, SendContext ctx, String address, Tally tally) throws SQLException {
        TriggerContent content = TriggerContent.load(c, m.triggerId()).orElseThrow();
        MessageRenderer.Rendered rendered = renderer.render(content, m.channel(), ctx.recipient().name());
        try {
            limits.get(m.channel()).acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Outcome outcome = senders.get(m.channel()).send(m, address, rendered);
        Instant now = clock.instant();
        if (outcome instanceof Outcome.Delivered) {
            outbox.sent(m, address, now);
            tally.sent++;
        } else if (outcome instanceof Outcome.Permanent p) {
            outbox.failed(m, p.reason(), now);
            tally.failed++;
        } else if (outcome instanceof Outcome.Transient t && m.attempts() >= settings.maxAttempts()) {
            outbox.failed(m, "gave up after " + m.attempts() + " attempts: " + t.reason(), now);
            tally.failed++;
        } else if (outcome instanceof Outcome.Transient t) {
            outbox.later(m, now.plus(backoff(m.attempts())), t.reason(), true, now);
            tally.retried++;
        }
    }

    /** The wait after the {@code attempts}-th failure: base, 2×base, 4×base, … */
    Duration backoff(int attempts) {
        return settings.retryBase().multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
    }

    @Override
    public void close() {
        senders.values().forEach(ChannelSender::close);
    }

    private static final class Tally {
        int sent;
        int skipped;
        int postponed;
        int retried;
        int failed;
    }
}
