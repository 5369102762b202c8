package hako.delivery;

import hako.store.InTransaction;
import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox table's state changes. Each is one transaction, so a crash leaves a message either before
 * or after a change, never half-way: pending → sending (claim, committed before sending) → sent,
 * failed or skipped; or back to pending (postponed, retry, recovered after a crash).
 */
final class Outbox {

    private final Connection c;

    Outbox(Connection c) {
        this.c = c;
    }

    /** Adds the messages of every due, uncancelled trigger not yet in the outbox; returns how many. */
    int enqueue(Instant now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.load(Outbox.class, "enqueue.sql"))) {
            p.setObject(1, Utc.of(now));
            p.setObject(2, Utc.of(now));
            return p.executeUpdate();
        }
    }

    /** Puts messages left 'sending' by a sender that stopped before recording their outcome back to pending. */
    int recover(Instant now) throws SQLException {
        return InTransaction.get(c, () -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(Sql.load(Outbox.class, "recover.sql"))) {
                p.setObject(1, Utc.of(now));
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
            for (String id : ids) {
                log(id, now, "recovered", "the sender stopped before recording the outcome: sent again with the"
                        + " same idempotency key");
            }
            return ids.size();
        });
    }

    /** Claims up to {@code limit} messages due at {@code now}: they are 'sending' once this returns. */
    List<OutboxMessage> claim(Instant now, int limit) throws SQLException {
        return InTransaction.get(c, () -> {
            List<OutboxMessage> claimed = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(Sql.load(Outbox.class, "claim.sql"))) {
                p.setObject(1, Utc.of(now));
                p.setObject(2, Utc.of(now));
                p.setInt(3, limit);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        claimed.add(new OutboxMessage(r.getString("outbox_id"), r.getString("trigger_id"),
                                r.getString("customer_id"), r.getString("scenario"),
                                Channel.of(r.getString("channel")), r.getInt("attempts")));
                    }
                }
            }
            claimed.sort(java.util.Comparator.comparing(OutboxMessage::outboxId));
            return claimed;
        });
    }

    void sent(OutboxMessage m, String address, Instant at) throws SQLException {
        settle(m, "sent", null, null, at, address, 0, at, "sent to " + address);
    }

    void skipped(OutboxMessage m, String reason, Instant at) throws SQLException {
        settle(m, "skipped", reason, null, null, null, 0, at, reason);
    }

    void failed(OutboxMessage m, String reason, Instant at) throws SQLException {
        settle(m, "failed", reason, null, null, null, 0, at, reason);
    }

    /** Back to pending until {@code until}; a postponement does not use up an attempt, a retry does. */
    void later(OutboxMessage m, Instant until, String reason, boolean countsAsAttempt, Instant at) throws SQLException {
        settle(m, "pending", reason, until, null, null, countsAsAttempt ? 0 : -1, at,
                (countsAsAttempt ? "retry at " : "postponed to ") + until + ": " + reason);
    }

    private void settle(OutboxMessage m, String status, String reason, Instant next, Instant sentAt, String address,
                        int attempts, Instant at, String detail) throws SQLException {
        InTransaction.run(c, () -> {
            try (PreparedStatement p = c.prepareStatement(Sql.load(Outbox.class, "settle.sql"))) {
                p.setString(1, status);
                p.setString(2, reason);
                Utc.set(p, 3, next);
                Utc.set(p, 4, sentAt);
                p.setString(5, address);
                p.setInt(6, attempts);
                p.setString(7, m.outboxId());
                if (p.executeUpdate() != 1) {
                    throw new IllegalStateException("outbox message " + m.outboxId() + " is no longer being sent");
                }
            }
            log(m.outboxId(), at, "pending".equals(status) ? (attempts == 0 ? "retry" : "postponed") : status, detail);
        });
    }

    private void log(String outboxId, Instant at, String event, String detail) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.load(Outbox.class, "log.sql"))) {
            p.setString(1, outboxId);
            p.setObject(2, Utc.of(at));
            p.setString(3, event);
            p.setString(4, detail);
            p.executeUpdate();
        }
    }
}
