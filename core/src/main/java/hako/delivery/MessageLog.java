package hako.delivery;

import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A customer's automated messages, as the customer page lists them, and what happened to one message. */
public final class MessageLog {

    /** One message: when (sent, else last handled, else due), scenario, channel, status and its reason. */
    public record Entry(String outboxId, Instant at, String scenario, Channel channel, String status, String reason,
                        boolean clicked, boolean converted) {

        /** {@link #at} in the shop's time. */
        public java.time.LocalDateTime localAt(ZoneId zone) {
            return java.time.LocalDateTime.ofInstant(at, zone);
        }
    }

    private MessageLog() {
    }

    /** The customer's newest {@code limit} messages, with the default attribution window and Tokyo time. */
    public static List<Entry> of(Connection c, String customerId, int limit) throws SQLException {
        return of(c, customerId, limit, ZoneId.of("Asia/Tokyo"), DeliverySettings.DEFAULTS.attributionDays());
    }

    public static List<Entry> of(Connection c, String customerId, int limit, ZoneId zone, int attributionDays)
            throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(Attribution.withAttributed("message_log.sql"))) {
            int i = Attribution.attributedParameters(p, zone, attributionDays);
            p.setString(i++, customerId);
            p.setInt(i, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    entries.add(new Entry(r.getString("outbox_id"), Utc.read(r, "happened_at"), r.getString("scenario"),
                            Channel.of(r.getString("channel")), r.getString("status"), r.getString("reason"),
                            r.getBoolean("clicked"), r.getBoolean("converted")));
                }
            }
        }
        return entries;
    }

    /** The events of one message in order (claimed sends are not logged; sent, retry, postponed, … are). */
    public static List<String> events(Connection c, String outboxId) throws SQLException {
        List<String> events = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(Sql.load(MessageLog.class, "events.sql"))) {
            p.setString(1, outboxId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    events.add(r.getString(1));
                }
            }
        }
        return events;
    }
}
