package hako.delivery;

import hako.store.Sql;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a trigger's message shows: its scenario and step, the main link and the items the scenario
 * chose (the JSON array in {@code automation_triggers.items}).
 */
public record TriggerContent(String triggerId, String scenario, String customerId, int step, String link,
                             List<Item> items) {

    /** One product in a message. */
    public record Item(String productCode, String productName, BigDecimal price, Integer quantity, String url) {
    }

    public static Optional<TriggerContent> load(Connection c, String triggerId) throws SQLException {
        return Optional.ofNullable(query(c, triggerId).get(triggerId));
    }

    /** The content of every trigger with a claimed ('sending') message, by trigger id. */
    static Map<String, TriggerContent> claimed(Connection c) throws SQLException {
        return query(c, null);
    }

    private static Map<String, TriggerContent> query(Connection c, String triggerId) throws SQLException {
        Map<String, TriggerContent> byId = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(Sql.load(TriggerContent.class, "trigger.sql"))) {
            p.setString(1, triggerId);
            p.setString(2, triggerId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String id = r.getString("trigger_id");
                    byId.put(id, new TriggerContent(id, r.getString("scenario"), r.getString("customer_id"),
                            r.getInt("step"), r.getString("link"), new ArrayList<>()));
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement(Sql.load(TriggerContent.class, "items.sql"))) {
            p.setString(1, triggerId);
            p.setString(2, triggerId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    TriggerContent t = byId.get(r.getString(1));
                    if (t != null) {
                        t.items.add(new Item(r.getString(2), r.getString(3), r.getBigDecimal(4),
                                (Integer) r.getObject(5), r.getString(6)));
                    }
                }
            }
        }
        byId.replaceAll((id, t) -> new TriggerContent(id, t.scenario, t.customerId, t.step, t.link,
                List.copyOf(t.items)));
        return byId;
    }

    /**
     * Where tracked link {@code index} leads: 0 is the main link, i the i-th item's page (the main link
     * when the item has none). Empty when there is no such link.
     */
    public Optional<String> target(int index) {
        if (index == 0) {
            return Optional.ofNullable(link).filter(s -> !s.isBlank());
        }
        if (index < 1 || index > items.size()) {
            return Optional.empty();
        }
        String url = items.get(index - 1).url();
        return url == null || url.isBlank() ? target(0) : Optional.of(url);
    }
}
