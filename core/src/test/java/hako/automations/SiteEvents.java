package hako.automations;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Site events and visitor merges written row by row into the contract tables (V6), as ingestion would. */
final class SiteEvents {

    private final Connection db;
    private int next;

    SiteEvents(Connection db) {
        this.db = db;
    }

    /** An event by a visitor (customer null: not known when it happened); returns its id. */
    String event(String type, String visitor, String customer, String product, int quantity, Instant at)
            throws SQLException {
        return event(type, visitor, customer, product, quantity, at, at);
    }

    /** An event that happened at {@code at} and was received (stamped by ingestion) at {@code received}. */
    String event(String type, String visitor, String customer, String product, int quantity, Instant at,
                 Instant received) throws SQLException {
        String id = "e" + ++next;
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL)")) {
            p.setString(1, id);
            p.setObject(2, utc(received));
            p.setObject(3, utc(at));
            p.setString(4, type);
            p.setString(5, visitor);
            p.setString(6, customer);
            p.setString(7, product);
            p.setString(8, product == null ? null : "name of " + product);
            p.setBigDecimal(9, product == null ? null : new BigDecimal("1200"));
            if (quantity > 0) {
                p.setInt(10, quantity);
            } else {
                p.setNull(10, java.sql.Types.INTEGER);
            }
            p.setString(11, type.equals("product_view") ? "https://shop.example/p/" + product
                    : "https://shop.example/cart");
            p.executeUpdate();
        }
        return id;
    }

    String add(String customer, String product, int quantity, Instant at) throws SQLException {
        return event("add_to_cart", "v-" + customer, customer, product, quantity, at);
    }

    String remove(String customer, String product, int quantity, Instant at) throws SQLException {
        return event("remove_from_cart", "v-" + customer, customer, product, quantity, at);
    }

    String view(String customer, String product, Instant at) throws SQLException {
        return event("product_view", "v-" + customer, customer, product, 0, at);
    }

    String purchase(String customer, Instant at) throws SQLException {
        return event("purchase", "v-" + customer, customer, null, 0, at);
    }

    /** The visitor is known to be the customer from {@code at} on. */
    void merge(String visitor, String customer, Instant at) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO visitor_customers VALUES (?, ?, ?)")) {
            p.setString(1, visitor);
            p.setString(2, customer);
            p.setObject(3, utc(at));
            p.executeUpdate();
        }
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
