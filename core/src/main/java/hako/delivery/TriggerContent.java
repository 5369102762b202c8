package hako.delivery;

import hako.store.Sql;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
        TriggerContent t;
        try (PreparedStatement p = c.prepareStatement(Sql.load(TriggerContent.class, "trigger.sql"))) {
            p.setString(1, triggerId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                t = new TriggerContent(triggerId, r.getString("scenario"), r.getString("customer_id"), r.getInt("step"),
                        r.getString("link"), new ArrayList<>());
            }
        }
        try (PreparedStatement p = c.prepareStatement(Sql.load(TriggerContent.class, "items.sql"))) {
            p.setString(1, triggerId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    t.items.add(new Item(r.getString(1), r.getString(2), r.getBigDecimal(3),
                            (Integer) r.getObject(4), r.getString(5)));
                }
            }
        }
        return Optional.of(new TriggerContent(t.triggerId, t.scenario, t.customerId, t.step, t.link,
                List.copyOf(t.items)));
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
