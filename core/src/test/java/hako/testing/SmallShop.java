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
