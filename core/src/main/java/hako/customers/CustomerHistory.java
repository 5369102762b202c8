package hako.customers;

import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's orders up to an as-of date, newest first, with the products of each: the timeline of
 * the customer page. Cancelled orders and orders that are not purchases are included and marked.
 */
public final class CustomerHistory {

    private CustomerHistory() {
    }

    /** The {@code limit} newest orders of {@code customerId} placed on or before {@code asOf}. */
    public static List<PastOrder> orders(Connection c, String customerId, LocalDate asOf, int limit)
            throws SQLException {
        List<PastOrder> orders = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(Sql.load(CustomerHistory.class, "history_orders.sql"))) {
            p.setString(1, customerId);
            p.setObject(2, asOf);
            p.setInt(3, Math.max(0, limit));
            try (ResultSet r = p.executeQuery()) {
                Builder current = null;
                while (r.next()) {
                    String orderId = r.getString("order_id");
                    if (current == null || !current.orderId.equals(orderId)) {
                        if (current != null) {
                            orders.add(current.build());
                        }
                        current = new Builder(r);
                    }
                    current.addLine(r);
                }
                if (current != null) {
                    orders.add(current.build());
                }
            }
        }
        return orders;
    }

    /** How many orders {@code customerId} placed on or before {@code asOf}, cancelled ones included. */
    public static long count(Connection c, String customerId, LocalDate asOf) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT count(*) FROM orders WHERE customer_id = ? AND order_date <= ?")) {
            p.setString(1, customerId);
            p.setObject(2, asOf);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Collects the lines of one order as the joined rows arrive. */
    private static final class Builder {
        private final String orderId;
        private final LocalDate date;
        private final LocalDateTime at;
        private final java.math.BigDecimal amount;
        private final boolean cancelled;
        private final String status;
        private final List<PastOrder.OrderedItem> items = new ArrayList<>();

        Builder(ResultSet r) throws SQLException {
            orderId = r.getString("order_id");
            date = r.getObject("order_date", LocalDate.class);
            at = r.getTimestamp("ordered_at").toLocalDateTime();
            amount = r.getBigDecimal("amount");
            cancelled = r.getBoolean("cancelled");
            status = r.getString("status");
        }

        void addLine(ResultSet r) throws SQLException {
            r.getInt("line_no");
            if (!r.wasNull()) {
                items.add(new PastOrder.OrderedItem(r.getString("product_code"), r.getString("product_name"),
                        r.getBigDecimal("quantity"), r.getBigDecimal("line_amount")));
            }
        }

        PastOrder build() {
            return new PastOrder(orderId, date, at, amount, cancelled, status, items);
        }
    }
}
