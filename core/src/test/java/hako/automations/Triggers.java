package hako.automations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** automation_triggers as tests read them: one line per row, "customer key step due [cancel reason]". */
final class Triggers {

    private Triggers() {
    }

    static List<String> of(Connection c, Scenario s) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT customer_id, trigger_key, step, due_at, cancel_reason"
                + " FROM automation_triggers WHERE scenario = ? ORDER BY due_at, customer_id, step")) {
            p.setString(1, s.key());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String reason = r.getString(5);
                    rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getInt(3) + " "
                            + r.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC)
                            + (reason == null ? "" : " " + reason));
                }
            }
        }
        return rows;
    }

    static String items(Connection c, Scenario s, String customer, int step) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT items FROM automation_triggers"
                + " WHERE scenario = ? AND customer_id = ? AND step = ?")) {
            p.setString(1, s.key());
            p.setString(2, customer);
            p.setInt(3, step);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
