package hako.web.customers;

import hako.web.WebApp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;

/**
 * What the tests expect, computed with their own SQL over the orders and customers tables, never by
 * the code under test. Purchases: not cancelled, amount above zero, on or before the as-of date.
 */
final class ShopFacts {

    private static final String PER_CUSTOMER = "WITH p AS (SELECT customer_id, count(*) AS f, max(order_date) AS last"
            + " FROM orders WHERE NOT cancelled AND amount > 0 AND order_date <= ? AND customer_id IS NOT NULL"
            + " GROUP BY customer_id) ";

    private final WebApp app;

    ShopFacts(WebApp app) {
        this.app = app;
    }

    LocalDate latestOrderDate() throws Exception {
        return single("SELECT max(order_date) FROM orders", LocalDate.class);
    }

    /** Customers in retention by DOMAIN.md's default rule: R ≤ 60 and F ≥ 4. */
    long retention(LocalDate asOf) throws Exception {
        return number(PER_CUSTOMER + "SELECT count(*) FROM p WHERE f >= 4 AND date_diff('day', last, ?::DATE) <= 60",
                asOf, asOf);
    }

    /** Orders of a customer on or before {@code asOf}, cancelled ones included. */
    long orders(String customerId, LocalDate asOf) throws Exception {
        return number("SELECT count(*) FROM orders WHERE customer_id = ? AND order_date <= ?", customerId, asOf);
    }

    /** A column of the customers master for one customer. */
    String master(String customerId, String column) throws Exception {
        if (!column.matches("[a-z_]+")) {
            throw new IllegalArgumentException(column);
        }
        return value("SELECT " + column + " FROM customers WHERE customer_id = ?", String.class, customerId);
    }

    /** A customer with a name, an email and at least {@code minOrders} purchases by {@code asOf}: id, name. */
    String[] namedBuyer(LocalDate asOf, int minOrders) throws Exception {
        try (Connection c = app.db().getConnection();
             PreparedStatement p = c.prepareStatement(PER_CUSTOMER + "SELECT c.customer_id, c.name FROM p"
                     + " JOIN customers c USING (customer_id) WHERE c.name IS NOT NULL AND c.email IS NOT NULL"
                     + " AND p.f >= ? ORDER BY c.customer_id LIMIT 1")) {
            p.setObject(1, asOf);
            p.setInt(2, minOrders);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return new String[] {r.getString(1), r.getString(2)};
            }
        }
    }

    long number(String sql, Object... params) throws Exception {
        return value(sql, Long.class, params);
    }

    private <T> T single(String sql, Class<T> type) throws Exception {
        return value(sql, type);
    }

    private <T> T value(String sql, Class<T> type, Object... params) throws Exception {
        try (Connection c = app.db().getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getObject(1, type) : null;
            }
        }
    }
}
