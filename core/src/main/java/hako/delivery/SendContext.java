package hako.delivery;

import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the safety rules check for one claimed message, read from the database when its batch is
 * claimed (a batch lasts about a second): whether its trigger was cancelled, the first purchase that
 * ended it since it began ({@code purchasedAt} in shop time and its order, or null), the recipient now,
 * the last automated message on the same channel, and the same trigger's message on the other channel
 * ({@code other}, null when there is none). An unsubscribe in between is seen at once: see
 * {@link Unsubscribes#version()}.
 */
record SendContext(OutboxMessage message, int step, boolean cancelled, String cancelReason, LocalDateTime purchasedAt,
                   String purchaseOrder, Recipient recipient, Instant lastSent, OtherChannel other) {

    /** Where the trigger's message on the other channel is: its outbox status, reason and next attempt. */
    record OtherChannel(String status, String reason, Instant next) {
    }

    /** This context with a later last send on the channel (sent earlier in this round, not yet committed). */
    SendContext sentLater(Instant sent) {
        return lastSent != null && lastSent.isAfter(sent) ? this
                : new SendContext(message, step, cancelled, cancelReason, purchasedAt, purchaseOrder, recipient, sent,
                        other);
    }

    static Optional<SendContext> load(Connection c, ZoneId zone, String outboxId) throws SQLException {
        return Optional.ofNullable(query(c, zone, outboxId).get(outboxId));
    }

    /** The context of every claimed ('sending') message, by outbox id: one query for a batch. */
    static Map<String, SendContext> claimed(Connection c, ZoneId zone) throws SQLException {
        return query(c, zone, null);
    }

    private static Map<String, SendContext> query(Connection c, ZoneId zone, String outboxId) throws SQLException {
        Map<String, SendContext> byId = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(Sql.load(SendContext.class, "context.sql"))) {
            p.setString(1, zone.getId());
            p.setString(2, outboxId);
            p.setString(3, outboxId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    OutboxMessage m = new OutboxMessage(r.getString("outbox_id"), r.getString("trigger_id"),
                            r.getString("customer_id"), r.getString("scenario"), Channel.of(r.getString("channel")),
                            r.getInt("attempts"));
                    Recipient who = new Recipient(m.customerId(), r.getBoolean("known"), r.getString("name"),
                            r.getString("email"), r.getString("line_user_id"), r.getBoolean("consent_email"),
                            r.getBoolean("consent_line"), r.getBoolean("email_unsubscribed"),
                            r.getBoolean("line_unsubscribed"));
                    byId.put(m.outboxId(), new SendContext(m, r.getInt("step"), r.getBoolean("cancelled"),
                            r.getString("cancel_reason"), r.getObject("purchased_local", LocalDateTime.class),
                            r.getString("purchase_order"), who, Utc.read(r, "last_sent"),
                            r.getString("other_status") == null ? null : new OtherChannel(r.getString("other_status"),
                                    r.getString("other_reason"), Utc.read(r, "other_next"))));
                }
            }
        }
        return byId;
    }
}
