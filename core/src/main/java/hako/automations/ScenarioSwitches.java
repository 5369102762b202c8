package hako.automations;

import hako.audit.AuditLog;
import hako.store.InTransaction;
import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/**
 * Each scenario on or off, as an admin set it (stored in {@code automation_scenarios}; a scenario never
 * switched is on). Switching one off cancels its messages not yet due; every switch is in the audit log.
 */
public final class ScenarioSwitches {

    /** The audit action of a switch. */
    public static final String AUDIT_ACTION = "automation_switched";

    /** Who switched a scenario last and when; {@code changedBy} null: never switched. */
    public record Switch(Scenario scenario, boolean enabled, Instant changedAt, String changedBy) {
    }

    private ScenarioSwitches() {
    }

    public static Map<Scenario, Boolean> enabled(Connection c) throws SQLException {
        Map<Scenario, Boolean> on = new EnumMap<>(Scenario.class);
        switches(c).forEach((s, w) -> on.put(s, w.enabled()));
        return on;
    }

    public static Map<Scenario, Switch> switches(Connection c) throws SQLException {
        Map<Scenario, Switch> all = new EnumMap<>(Scenario.class);
        for (Scenario s : Scenario.values()) {
            all.put(s, new Switch(s, true, null, null));
        }
        try (Statement st = c.createStatement();
             ResultSet r = st.executeQuery(Sql.load(ScenarioSwitches.class, "switches_read.sql"))) {
            while (r.next()) {
                Scenario s = Scenario.ofKey(r.getString(1));
                all.put(s, new Switch(s, r.getBoolean(2),
                        r.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC), r.getString(4)));
            }
        }
        return all;
    }

    /**
     * Switches {@code scenario} on or off for {@code user}, audited; off cancels its messages not yet due.
     *
     * @return how many pending messages were cancelled
     */
    public static long set(Connection c, Scenario scenario, boolean on, String user, Clock clock) throws SQLException {
        LocalDateTime now = Automations.utc(clock.instant());
        return InTransaction.get(c, () -> {
            try (PreparedStatement p = c.prepareStatement(Sql.load(ScenarioSwitches.class, "switch_write.sql"))) {
                p.setString(1, scenario.key());
                p.setBoolean(2, on);
                p.setObject(3, now);
                p.setString(4, user);
                p.executeUpdate();
            }
            long cancelled = 0;
            if (!on) {
                try (PreparedStatement p = c.prepareStatement(Sql.load(ScenarioSwitches.class,
                        "switch_off_cancel.sql"))) {
                    p.setObject(1, now);
                    p.setString(2, scenario.key());
                    p.setObject(3, now);
                    cancelled = p.executeUpdate();
                }
            }
            AuditLog.record(c, user, AUDIT_ACTION, scenario.key() + (on ? " on" : " off, pending cancelled"),
                    cancelled);
            return cancelled;
        });
    }
}
