package hako.automations;

import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the automations decided so far: counts per scenario and the latest decisions of one. */
public final class TriggerReport {

    /** Messages decided, not due yet, due (and not cancelled), and cancelled by reason. */
    public record Counts(long decided, long pending, long due, Map<String, Long> cancelled) {
    }

    /** One decision as the scenario page lists it; {@code name} and {@code email} from the customers master. */
    public record Row(String customerId, String name, String email, String triggerKey, int step, Instant decidedAt,
                      Instant dueAt, Instant cancelledAt, String cancelReason, String summary) {
    }

    private TriggerReport() {
    }

    public static Map<Scenario, Counts> counts(Connection c, Instant now) throws SQLException {
        Map<Scenario, Map<String, Long>> states = new EnumMap<>(Scenario.class);
        for (Scenario s : Scenario.values()) {
            states.put(s, new TreeMap<>());
        }
        try (PreparedStatement p = c.prepareStatement(Sql.load(TriggerReport.class, "report_counts.sql"))) {
            p.setObject(1, Automations.utc(now));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Map<String, Long> m = states.get(Scenario.ofKey(r.getString(1)));
                    if (m != null) {
                        m.put(r.getString(2), r.getLong(3));
                    }
                }
            }
        }
        Map<Scenario, Counts> counts = new EnumMap<>(Scenario.class);
        states.forEach((s, m) -> {
            long pending = m.getOrDefault("pending", 0L);
            long due = m.getOrDefault("due", 0L);
            Map<String, Long> cancelled = new TreeMap<>(m);
            cancelled.remove("pending");
            cancelled.remove("due");
            long total = pending + due + cancelled.values().stream().mapToLong(Long::longValue).sum();
            counts.put(s, new Counts(total, pending, due, cancelled));
        });
        return counts;
    }

    public static List<Row> latest(Connection c, Scenario scenario, int limit) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(Sql.load(TriggerReport.class, "report_latest.sql"))) {
            p.setString(1, scenario.key());
            p.setInt(2, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getString("customer_id"), r.getString("name"), r.getString("email"),
                            r.getString("trigger_key"), r.getInt("step"), instant(r, "decided_at"), instant(r, "due_at"),
                            instant(r, "cancelled_at"), r.getString("cancel_reason"), r.getString("summary")));
                }
            }
        }
        return rows;
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        LocalDateTime t = r.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    /** A customer's name and email from the customers master. */
    public record Contact(String name, String email) {
    }

    /** Name and email of each of {@code customerIds} the customers master knows. */
    public static Map<String, Contact> contacts(Connection c, java.util.Collection<String> customerIds)
            throws SQLException {
        Map<String, Contact> contacts = new java.util.HashMap<>();
        try (PreparedStatement p = c.prepareStatement(Sql.load(TriggerReport.class, "customer_names.sql"))) {
            p.setObject(1, c.createArrayOf("VARCHAR", customerIds.toArray()));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    contacts.put(r.getString(1), new Contact(r.getString(2), r.getString(3)));
                }
            }
        }
        return contacts;
    }
}
