package hako.audit;

import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Writes and reads the {@code audit_log} table. Entries are only ever added, never changed. */
public final class AuditLog {

    /** The action of a customer list export. */
    public static final String EXPORT_CUSTOMERS = "export_customers";

    private AuditLog() {
    }

    /** Adds one entry, stamped now (local time of the machine, like the other timestamps Hako keeps). */
    public static void record(Connection c, String username, String action, String detail, long rows)
            throws SQLException {
        record(c, LocalDateTime.now(Clock.systemDefaultZone()), username, action, detail, rows);
    }

    static void record(Connection c, LocalDateTime at, String username, String action, String detail, long rows)
            throws SQLException {
        if (username == null || username.isBlank() || action == null || action.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs a user and an action");
        }
        if (rows < 0) {
            throw new IllegalArgumentException("rows cannot be negative: " + rows);
        }
        try (PreparedStatement p = c.prepareStatement(Sql.load(AuditLog.class, "audit_record.sql"))) {
            p.setTimestamp(1, Timestamp.valueOf(at));
            p.setString(2, username);
            p.setString(3, action);
            p.setString(4, detail == null ? "" : detail);
            p.setLong(5, rows);
            p.executeUpdate();
        }
    }

    /** The {@code limit} newest entries, newest first; only those of {@code action} unless it is null. */
    public static List<AuditEntry> recent(Connection c, String action, int limit) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(Sql.load(AuditLog.class, "audit_recent.sql"))) {
            p.setString(1, action);
            p.setString(2, action);
            p.setInt(3, Math.max(0, limit));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    entries.add(new AuditEntry(r.getTimestamp("logged_at").toLocalDateTime(), r.getString("username"),
                            r.getString("action"), r.getString("detail"), r.getLong("rows")));
                }
            }
        }
        return entries;
    }
}
