package hako.testing;

import hako.store.ShopDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** A shop database written row by row, for tests small enough to count by hand. */
public final class SmallShop implements AutoCloseable {

    private final Connection db;
    private int orderNo;

    public SmallShop(Path file) throws SQLException {
        db = ShopDatabase.open(file);
        importRecorded(1);
    }

    /**
     * The board's example shop (counted by hand in hako.board.BoardNumbersTest, at 2024-06-30): A four
     * purchases of 1,000 (the last 2024-06-20), B one of 2,000 (2024-05-01), C one of 3,000 (2024-06-10),
     * D two of 1,500 (April 2024), E 7,000 (2023-01-01), F 4,000 (2023-06-10), and 500 naming no one.
     */
    public static SmallShop boardExample(Path file) throws SQLException {
        return new SmallShop(file)
                .purchases("A", 1_000, "2024-01-10", "2024-02-10", "2024-03-10", "2024-06-20")
                .purchases("B", 2_000, "2024-05-01")
                .purchases("C", 3_000, "2024-06-10")
                .purchases("D", 1_500, "2024-04-15", "2024-04-20")
                .purchases("E", 7_000, "2023-01-01")
                .purchases("F", 4_000, "2023-06-10")
                .purchases(null, 500, "2024-06-05");
    }

    public Connection db() {
        return db;
    }

    /** One purchase of {@code amount} on each date (customer null: an order naming no customer). */
    public SmallShop purchases(String customer, int amount, String... dates) throws SQLException {
        for (String date : dates) {
            try (PreparedStatement p = db.prepareStatement(
                    "INSERT INTO orders VALUES (?, ?, CAST(? AS DATE) + INTERVAL 12 HOUR, CAST(? AS DATE),"
                            + " CAST(? AS DECIMAL(18, 2)), false, NULL, 1)")) {
                p.setString(1, "O" + ++orderNo);
                p.setString(2, customer);
                p.setString(3, date);
                p.setString(4, date);
                p.setInt(5, amount);
                p.executeUpdate();
            }
        }
        return this;
    }

    /**
     * An order with product lines, each {@code "CODE:amount"} or {@code "CODE:amount:quantity"} (quantity 1
     * by default); the order's amount is the sum of its lines. {@code at} is {@code yyyy-MM-dd HH:mm}.
     */
    public SmallShop order(String orderId, String customer, String at, String... lines) throws SQLException {
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        for (int i = 0; i < lines.length; i++) {
            String[] v = lines[i].split(":");
            java.math.BigDecimal amount = new java.math.BigDecimal(v[1]);
            total = total.add(amount);
            try (PreparedStatement p = db.prepareStatement("INSERT INTO order_lines VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, orderId);
                p.setInt(2, i + 1);
                p.setString(3, v[0]);
                p.setString(4, "name of " + v[0]);
                p.setBigDecimal(5, new java.math.BigDecimal(v.length > 2 ? v[2] : "1"));
                p.setBigDecimal(6, amount);
                p.setBigDecimal(7, amount);
                p.executeUpdate();
            }
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO orders VALUES (?, ?, CAST(? AS TIMESTAMP),"
                + " CAST(CAST(? AS TIMESTAMP) AS DATE), ?, false, NULL, 1)")) {
            p.setString(1, orderId);
            p.setString(2, customer);
            p.setString(3, at);
            p.setString(4, at);
            p.setBigDecimal(5, total);
            p.executeUpdate();
        }
        return this;
    }

    /** A products-master row. */
    public SmallShop product(String code, String name, String category) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO products (product_code, name, category, import_id) VALUES (?, ?, ?, 1)")) {
            p.setString(1, code);
            p.setString(2, name);
            p.setString(3, category);
            p.executeUpdate();
        }
        return this;
    }

    /** A customers-master row. */
    public SmallShop customer(String id, String name, String email) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO customers (customer_id, name, email, import_id) VALUES (?, ?, ?, 1)")) {
            p.setString(1, id);
            p.setString(2, name);
            p.setString(3, email);
            p.executeUpdate();
        }
        return this;
    }

    /** Records an import as committed, which is what makes stored metrics stale. */
    public SmallShop importRecorded(long id) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO imports VALUES (?, 'orders', 'test.csv', 0, 0, current_timestamp::TIMESTAMP)")) {
            p.setLong(1, id);
            p.executeUpdate();
        }
        return this;
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
