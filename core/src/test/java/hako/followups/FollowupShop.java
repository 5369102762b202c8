package hako.followups;

import hako.store.ShopDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A small shop for follow-up tests: orders with lines, products with usage cycles, a customers master. */
final class FollowupShop implements AutoCloseable {

    private final Connection db;
    private int orderNo;

    FollowupShop() throws SQLException {
        db = ShopDatabase.inMemory();
        run("INSERT INTO imports VALUES (1, 'orders', 'test.csv', 0, 0, current_timestamp::TIMESTAMP)");
    }

    Connection db() {
        return db;
    }

    /** Purchases of {@code amount} yen (no lines), one on each date. */
    FollowupShop buys(String customer, int amount, String... dates) throws SQLException {
        for (String date : dates) {
            order(customer, date, amount);
        }
        return this;
    }

    /** One purchase of {@code quantity} of a product at 1,000 yen each. */
    FollowupShop buys(String customer, String date, String product, double quantity) throws SQLException {
        String id = order(customer, date, (int) Math.max(1000, 1000 * quantity));
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO order_lines VALUES (?, 1, ?, NULL, CAST(? AS DECIMAL(18, 3)), 1000, ?)")) {
            p.setString(1, id);
            p.setString(2, product);
            p.setDouble(3, quantity);
            p.setDouble(4, 1000 * quantity);
            p.executeUpdate();
        }
        return this;
    }

    FollowupShop product(String code, Integer cycleDays) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO products (product_code, name, cycle_days, import_id) VALUES (?, ?, ?, 1)")) {
            p.setString(1, code);
            p.setString(2, "商品" + code);
            p.setObject(3, cycleDays);
            p.executeUpdate();
        }
        return this;
    }

    /** A master row with every contact detail and consent given. */
    FollowupShop customer(String id) throws SQLException {
        run("INSERT INTO customers (customer_id, name, email, phone, postal_code, address, line_user_id, consent_email,"
                + " consent_line, consent_dm, consent_phone, import_id) VALUES ('" + id + "', '顧客" + id + "', '" + id
                + "@example.jp', '03-0000-0000', '100-0001', '東京都千代田区1-1', 'U" + id + "', true, true, true, true, 1)");
        return this;
    }

    /** Runs a statement (test set-up only: values are the test's own). */
    FollowupShop run(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
        return this;
    }

    /** Rows of a query, columns joined by "|". */
    List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i == 1 ? "" : "|").append(r.getString(i));
                }
                rows.add(b.toString());
            }
        }
        return rows;
    }

    private String order(String customer, String date, int amount) throws SQLException {
        String id = "O" + ++orderNo;
        try (PreparedStatement p = db.prepareStatement("INSERT INTO orders VALUES (?, ?, CAST(? AS DATE) + INTERVAL 12 HOUR,"
                + " CAST(? AS DATE), ?, false, NULL, 1)")) {
            p.setString(1, id);
            p.setString(2, customer);
            p.setString(3, date);
            p.setString(4, date);
            p.setInt(5, amount);
            p.executeUpdate();
        }
        return id;
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
