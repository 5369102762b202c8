package hako.delivery;

import hako.settings.HakoSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One delivery round: recovers messages a crashed sender left 'sending', enqueues the due triggers,
 * then claims and sends batch after batch until nothing is due. Each message passes the safety rules
 * at send time and is paced by its channel's rate limit; an accepted message is noted in the
 * {@link SentJournal} at once, and outcomes are committed in groups. One sender per database at a time (see the README's exactly-once design).
 */
public final class Deliverer implements AutoCloseable {

    /** Messages claimed at once: a crash leaves at most this many to recover. */
    static final int BATCH = 500;
    /** Outcomes are committed together at least this often, so that pages show progress. */
    private static final long RECORD_EVERY_NANOS = 1_000_000_000L;

    private final Connection c;
    private final Outbox outbox;
    private final Clock clock;
    private final DeliverySettings settings;
    private final SafetyRules rules;
    private final java.time.ZoneId zone;
    private final MessageRenderer renderer;
    private final Map<Channel, ChannelSender> senders;
    private final Map<Channel, RateLimit> limits = new EnumMap<>(Channel.class);
    private final SentJournal journal;
    private final List<Outbox.Settlement> unrecorded = new ArrayList<>();
    private final Map<String, Instant> sentThisRound = new HashMap<>();
    private long recordedAt = System.nanoTime();

    /** A deliverer sending through the channels {@code config} names. */
    public Deliverer(Connection c, HakoSettings settings, ChannelConfig config, Clock clock, Sleeper sleeper)
            throws SQLException {
        this(c, settings, config.secret().orElseThrow(() -> new IllegalArgumentException(
                "set " + ChannelConfig.environmentName(ChannelConfig.SECRET) + " (hako.delivery.secret): it signs the"
                        + " unsubscribe and tracked links")), senders(config, settings.delivery(), clock), clock, sleeper);
    }

    Deliverer(Connection c, HakoSettings settings, String secret, Map<Channel, ChannelSender> senders, Clock clock,
              Sleeper sleeper) throws SQLException {
        if (senders.isEmpty()) {
            throw new IllegalArgumentException("no channel configured: set HAKO_SMTP_HOST (email) and/or HAKO_LINE_TOKEN"
                    + " (LINE)");
        }
        this.c = c;
        this.outbox = new Outbox(c);
        this.clock = clock;
        this.settings = settings.delivery();
        this.zone = settings.zone();
        this.rules = new SafetyRules(this.settings, zone, senders.keySet());
        this.renderer = new MessageRenderer(this.settings, Optional.of(new LinkTokens(secret)));
        this.senders = senders;
        this.journal = SentJournal.of(c);
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
        int recovered = outbox.recover(start, journal.read());
        journal.clear();
        sentThisRound.clear();
        int enqueued = outbox.enqueue(start, senders.keySet());
        Tally tally = new Tally();
        boolean interrupted = false;
        while (!interrupted) {
            List<OutboxMessage> batch = outbox.claim(start, batchSize());
            if (batch.isEmpty()) {
                break;
            }
            long unsubscribes = Unsubscribes.version();
            Map<String, SendContext> contexts = SendContext.claimed(c, zone);
            Map<String, TriggerContent> contents = TriggerContent.claimed(c);
            for (OutboxMessage m : batch) {
                if (Thread.currentThread().isInterrupted()) {
                    interrupted = true;
                    break;
                }
                Optional<SendContext> ctx = Unsubscribes.version() == unsubscribes
                        ? Optional.ofNullable(contexts.get(m.outboxId())) : SendContext.load(c, zone, m.outboxId());
                deliver(m, ctx, contents.get(m.triggerId()), tally);
                if (System.nanoTime() - recordedAt > RECORD_EVERY_NANOS) {
                    record();
                }
            }
            record();
        }
        return new DeliveryReport(recovered, enqueued, tally.sent, tally.skipped, tally.postponed, tally.retried,
                tally.failed, interrupted);
    }

    /** Claim about a second's worth of messages at the slowest configured rate, at most {@link #BATCH}. */
    private int batchSize() {
        double slowest = BATCH;
        for (Channel ch : senders.keySet()) {
            if (settings.perSecond(ch) > 0) {
                slowest = Math.min(slowest, settings.perSecond(ch));
            }
        }
        return (int) Math.max(1, Math.ceil(slowest));
    }

    private void deliver(OutboxMessage claimed, Optional<SendContext> ctx, TriggerContent content, Tally tally)
            throws SQLException {
        if (ctx.isEmpty() || content == null) {
            settle(Outbox.Settlement.skipped(claimed, "its trigger no longer exists", clock.instant()));
            tally.skipped++;
            return;
        }
        OutboxMessage m = ctx.get().message();
        Instant lastSent = sentThisRound.get(m.customerId() + "\t" + m.channel());
        SendContext context = lastSent == null ? ctx.get() : ctx.get().sentLater(lastSent);
        Decision decision = rules.decide(context, clock.instant());
        if (decision instanceof Decision.Skip skip) {
            settle(Outbox.Settlement.skipped(m, skip.reason(), clock.instant()));
            tally.skipped++;
        } else if (decision instanceof Decision.Postpone later) {
            settle(Outbox.Settlement.later(m, later.until(), later.reason(), false, clock.instant()));
            tally.postponed++;
        } else if (decision instanceof Decision.Send send) {
            send(m, ctx.get(), content, send.address(), tally);
        }
    }

    private void send(OutboxMessage m, SendContext ctx, TriggerContent content, String address, Tally tally) {
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
            journal.note(m.outboxId(), now, address);
            sentThisRound.put(m.customerId() + "\t" + m.channel(), now);
            settle(Outbox.Settlement.sent(m, address, now));
            tally.sent++;
        } else if (outcome instanceof Outcome.Permanent p) {
            settle(Outbox.Settlement.failed(m, p.reason(), now));
            tally.failed++;
        } else if (outcome instanceof Outcome.Transient t && m.attempts() >= settings.maxAttempts()) {
            settle(Outbox.Settlement.failed(m, "gave up after " + m.attempts() + " attempts: " + t.reason(), now));
            tally.failed++;
        } else if (outcome instanceof Outcome.Transient t) {
            settle(Outbox.Settlement.later(m, now.plus(backoff(m.attempts())), t.reason(), true, now));
            tally.retried++;
        }
    }

    private void settle(Outbox.Settlement s) {
        unrecorded.add(s);
    }

    /** Commits the outcomes so far in one transaction; the journal's notes are then no longer needed. */
    private void record() throws SQLException {
        outbox.record(unrecorded);
        unrecorded.clear();
        journal.clear();
        recordedAt = System.nanoTime();
    }

    /** The wait after the {@code attempts}-th failure: base, 2×base, 4×base, … */
    Duration backoff(int attempts) {
        return settings.retryBase().multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
    }

    @Override
    public void close() {
        senders.values().forEach(ChannelSender::close);
        journal.close();
    }

    private static final class Tally {
        int sent;
        int skipped;
        int postponed;
        int retried;
        int failed;
    }
}
