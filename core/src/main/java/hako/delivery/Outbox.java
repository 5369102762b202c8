package hako.delivery;

import hako.store.InTransaction;
import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** Adds the messages of every due, uncancelled trigger not yet in the outbox on {@code channels}; returns how many. */
    int enqueue(Instant now, java.util.Set<Channel> channels) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.load(Outbox.class, "enqueue.sql"))) {
            p.setObject(1, Utc.of(now));
            p.setObject(2, Utc.of(now));
            p.setString(3, channels.contains(Channel.EMAIL) ? Channel.EMAIL.key() : null);
            p.setString(4, channels.contains(Channel.LINE) ? Channel.LINE.key() : null);
            return p.executeUpdate();
        }
    }

    /**
     * Settles the messages a sender left 'sending' when it stopped before recording their outcome: those
     * the journal saw accepted are sent; the rest go back to pending, to be sent again with the same
     * Message-ID / X-Line-Retry-Key.
     */
    int recover(Instant now, Map<String, SentJournal.Note> accepted) throws SQLException {
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
            List<Settlement> settled = new ArrayList<>();
            for (String id : ids) {
                SentJournal.Note note = accepted.get(id);
                if (note == null) {
                    log(id, now, "recovered", "the sender stopped before recording the outcome: to be sent again"
                            + " with the same idempotency key");
                } else {
                    try (PreparedStatement p = c.prepareStatement(Sql.load(Outbox.class, "recover_sent.sql"))) {
                        Utc.set(p, 1, note.at());
                        p.setString(2, note.address());
                        p.setString(3, id);
                        p.executeUpdate();
                    }
                    log(id, now, "sent", "sent to " + note.address() + " (recorded after a restart from the sent journal)");
                }
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

    /** The outcome of one claimed message, to be recorded with others in one transaction. */
    record Settlement(OutboxMessage message, String status, String reason, Instant next, Instant sentAt,
                      String address, int attempts, Instant at, String event, String detail) {

        static Settlement sent(OutboxMessage m, String address, Instant at) {
            return new Settlement(m, "sent", null, null, at, address, 0, at, "sent", "sent to " + address);
        }

        static Settlement skipped(OutboxMessage m, String reason, Instant at) {
            return new Settlement(m, "skipped", reason, null, null, null, 0, at, "skipped", reason);
        }

        static Settlement failed(OutboxMessage m, String reason, Instant at) {
            return new Settlement(m, "failed", reason, null, null, null, 0, at, "failed", reason);
        }

        /** Back to pending until {@code until}; a postponement does not use up an attempt, a retry does. */
        static Settlement later(OutboxMessage m, Instant until, String reason, boolean retry, Instant at) {
            return new Settlement(m, "pending", reason, until, null, null, retry ? 0 : -1, at,
                    retry ? "retry" : "postponed", (retry ? "retry at " : "postponed to ") + until + ": " + reason);
        }
    }

    /** Records {@code outcomes} in one transaction: appended to a temp table, then one UPDATE and one INSERT. */
    void record(List<Settlement> outcomes) throws SQLException {
        if (outcomes.isEmpty()) {
            return;
        }
        InTransaction.run(c, () -> {
            Sql.run(c, Outbox.class, "settled.sql");
            try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "settled")) {
                int seq = 0;
                for (Settlement s : outcomes) {
                    a.beginRow();
                    a.append(seq++);
                    a.append(s.message().outboxId());
                    a.append(s.status());
                    a.append(s.reason());
                    time(a, s.next());
                    time(a, s.sentAt());
                    a.append(s.address());
                    a.append(s.attempts());
                    time(a, s.at());
                    a.append(s.event());
                    a.append(s.detail());
                    a.endRow();
                }
            }
            List<String> statements = Sql.statements(Outbox.class, "settle.sql");
            try (Statement st = c.createStatement()) {
                int updated = st.executeUpdate(statements.get(0));
                if (updated != outcomes.size()) {
                    throw new IllegalStateException(outcomes.size() - updated
                            + " outbox messages were no longer being sent");
                }
                st.executeUpdate(statements.get(1));
            }
        });
    }

    private static void time(DuckDBAppender a, Instant t) throws SQLException {
        if (t == null) {
            a.appendNull();
        } else {
            a.append(Utc.of(t));
        }
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
