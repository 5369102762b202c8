package hako.delivery;

import hako.store.Sql;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the automations brought in. Rule: a purchase (not cancelled, amount &gt; 0) is attributed to the
 * <em>last</em> automated message sent to the same customer before it (any scenario, any channel), if
 * the purchase came within {@code attributionDays} of that message; each purchase to at most one message.
 */
public final class Attribution {

    /** The three standard automations, always listed (with zeros before they send anything). */
    public static final List<String> SCENARIOS = List.of("cart_abandonment", "browse_retargeting", "recommendation");

    /** One scenario's numbers over a period. {@code converted}: sent messages with at least one attributed order. */
    public record ScenarioStats(String scenario, long triggered, long sent, long clicked, long converted,
                                BigDecimal revenue) {
    }

    private Attribution() {
    }

    /** Per scenario over [{@code from}, {@code to}): triggers decided then; messages sent then and what followed. */
    public static List<ScenarioStats> stats(Connection c, ZoneId zone, int attributionDays, Instant from, Instant to)
            throws SQLException {
        Map<String, ScenarioStats> byScenario = new LinkedHashMap<>();
        for (String s : SCENARIOS) {
            byScenario.put(s, new ScenarioStats(s, 0, 0, 0, 0, BigDecimal.ZERO));
        }
        try (PreparedStatement p = c.prepareStatement(withAttributed("stats.sql"))) {
            int i = attributedParameters(p, zone, attributionDays);
            Utc.set(p, i++, from);
            Utc.set(p, i++, to);
            Utc.set(p, i++, from);
            Utc.set(p, i, to);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String s = r.getString("scenario");
                    byScenario.put(s, new ScenarioStats(s, r.getLong("triggered"), r.getLong("sent"),
                            r.getLong("clicked"), r.getLong("converted"), r.getBigDecimal("revenue")));
                }
            }
        }
        return new ArrayList<>(byScenario.values());
    }

    /** The SQL of {@code file} after the attributed-orders CTE. */
    static String withAttributed(String file) {
        return Sql.load(Attribution.class, "attributed.sql").strip() + "\n" + Sql.load(Attribution.class, file);
    }

    /** Sets the CTE's parameters; returns the index of the next one. */
    static int attributedParameters(PreparedStatement p, ZoneId zone, int attributionDays) throws SQLException {
        p.setString(1, zone.getId());
        p.setInt(2, attributionDays);
        return 3;
    }
}
