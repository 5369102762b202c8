package hako.web.admin;

import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The audit log: who did what that an admin must be able to trace later (user changes, exports of
 * personal data). Entries never hold a password.
 */
@Component
public class AuditLog {

    /** One logged action; {@code rows} is how many records it touched (1 for a user change). */
    public record Entry(LocalDateTime loggedAt, String username, String action, String detail, long rows) {
    }

    private final DataSource db;

    AuditLog(DataSource db) {
        this.db = db;
    }

    /** Logs that {@code username} did {@code action} (e.g. {@code role_changed}) on {@code detail}. */
    public void write(String username, String action, String detail, long rows) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement p = c.prepareStatement(Sql.load(AuditLog.class, "audit_write.sql"))) {
            p.setObject(1, LocalDateTime.now());
            p.setString(2, username);
            p.setString(3, action);
            p.setString(4, detail);
            p.setLong(5, rows);
            p.executeUpdate();
        }
    }

    /** The latest {@code limit} entries, newest first. */
    public List<Entry> recent(int limit) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement p = c.prepareStatement(Sql.load(AuditLog.class, "audit_recent.sql"))) {
            p.setInt(1, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    entries.add(new Entry(r.getObject(1, LocalDateTime.class), r.getString(2), r.getString(3),
                            r.getString(4), r.getLong(5)));
                }
            }
        }
        return entries;
    }
}
