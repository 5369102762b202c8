package hako.delivery;

import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * What the safety rules check for one claimed message, read from the database at send time: whether
 * its trigger was cancelled, the recipient now, and the last automated message on the same channel.
 */
record SendContext(OutboxMessage message, int step, boolean cancelled, String cancelReason, Recipient recipient,
                   Instant lastSent) {

    static Optional<SendContext> load(Connection c, String outboxId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.load(SendContext.class, "context.sql"))) {
            p.setString(1, outboxId);
            p.setString(2, outboxId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                OutboxMessage m = new OutboxMessage(r.getString("outbox_id"), r.getString("trigger_id"),
                        r.getString("customer_id"), r.getString("scenario"), Channel.of(r.getString("channel")),
                        r.getInt("attempts"));
                Recipient who = new Recipient(m.customerId(), r.getBoolean("known"), r.getString("name"),
                        r.getString("email"), r.getString("line_user_id"), r.getBoolean("consent_email"),
                        r.getBoolean("consent_line"), r.getBoolean("email_unsubscribed"),
                        r.getBoolean("line_unsubscribed"));
                return Optional.of(new SendContext(m, r.getInt("step"), r.getBoolean("cancelled"),
                        r.getString("cancel_reason"), who, Utc.read(r, "last_sent")));
            }
        }
    }
}
