package hako.delivery;

import hako.settings.HakoSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/** Rows of the contract tables written as the other helpers would: customers, triggers, orders. */
final class Shop {

    static final String SECRET = "a-test-secret-of-some-length";

    static final HakoSettings SETTINGS = HakoSettings.DEFAULTS.with(Map.of(
            "delivery.sender_name", "箱ショップ", "delivery.sender_email", "shop@hako.example",
            "delivery.sender_address", "東京都千代田区1-1-1", "delivery.public_url", "https://shop.hako.example",
            "delivery.email_per_second", "0", "delivery.line_per_second", "0"));

    /** Without LINE quiet hours, for tests that run on the real clock at any time of day. */
    static final HakoSettings ALWAYS_OPEN = SETTINGS.with(Map.of("delivery.line_quiet_from", "00:00",
            "delivery.line_quiet_until", "00:00"));

    private Shop() {
    }

    static void customer(Connection c, String id, String name, String email, boolean consentEmail, String lineId,
                         boolean consentLine) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO customers (customer_id, email, name, line_user_id,"
                + " consent_email, consent_line, import_id) VALUES (?, ?, ?, ?, ?, ?, 1)")) {
            p.setString(1, id);
            p.setString(2, email);
            p.setString(3, name);
            p.setString(4, lineId);
            p.setBoolean(5, consentEmail);
            p.setBoolean(6, consentLine);
            p.executeUpdate();
        }
    }

    /** A cart-abandonment style trigger with two items; returns its id. */
    static String trigger(Connection c, String scenario, String customer, String key, int step, Instant due)
            throws SQLException {
        String id = scenario + ":" + customer + ":" + key + ":" + step;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO automation_triggers (trigger_id, scenario,"
                + " customer_id, trigger_key, step, decided_at, due_at, items, link) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, id);
            p.setString(2, scenario);
            p.setString(3, customer);
            p.setString(4, key);
            p.setInt(5, step);
            p.setObject(6, LocalDateTime.ofInstant(due.minusSeconds(3600), ZoneOffset.UTC));
            p.setObject(7, LocalDateTime.ofInstant(due, ZoneOffset.UTC));
            p.setString(8, "[{\"product_code\":\"P-1\",\"product_name\":\"有機緑茶 100g\",\"price\":1280,\"quantity\":2,"
                    + "\"url\":\"https://shop.example/p/1\"},{\"product_code\":\"P-2\",\"product_name\":\"急須\","
                    + "\"price\":4500,\"quantity\":1,\"url\":null}]");
            p.setString(9, "https://shop.example/cart");
            p.executeUpdate();
        }
        return id;
    }

    static void cancel(Connection c, String triggerId, Instant at, String reason) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE automation_triggers SET cancelled_at = ?, cancel_reason = ? WHERE trigger_id = ?")) {
            p.setObject(1, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            p.setString(2, reason);
            p.setString(3, triggerId);
            p.executeUpdate();
        }
    }

    /** An order at {@code at} (stored, as the importer does, in shop-local time). */
    static void order(Connection c, String orderId, String customer, Instant at, long amount) throws SQLException {
        LocalDateTime local = LocalDateTime.ofInstant(at, SETTINGS.zone());
        try (PreparedStatement p = c.prepareStatement("INSERT INTO orders (order_id, customer_id, ordered_at, order_date,"
                + " amount, cancelled, import_id) VALUES (?, ?, ?, ?, ?, false, 1)")) {
            p.setString(1, orderId);
            p.setString(2, customer);
            p.setObject(3, local);
            p.setObject(4, local.toLocalDate());
            p.setLong(5, amount);
            p.executeUpdate();
        }
    }

    static String status(Connection c, String outboxId) throws SQLException {
        try (var s = c.prepareStatement("SELECT status || coalesce(' ' || reason, '') FROM outbox WHERE outbox_id = ?")) {
            s.setString(1, outboxId);
            try (var r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
