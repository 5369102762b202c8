package hako.scaleout;

import hako.audit.AuditLog;
import hako.store.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Writes the shop's orders (order_id, customer_id, order_date, amount, cancelled) as a Parquet file. */
public final class OrdersParquet {

    /** The audit action of an orders export: customer ids leave Hako. */
    public static final String AUDIT_ACTION = "export_orders";

    private OrdersParquet() {
    }

    /**
     * Writes every order to {@code file}, which must not exist yet, and records the export as done by
     * {@code user}; returns the number of orders written.
     */
    public static long export(Connection c, Path file, String user) throws SQLException {
        if (Files.exists(file)) {
            throw new IllegalArgumentException(file + " exists: remove it or name another file");
        }
        long rows;
        try (PreparedStatement p = c.prepareStatement(Sql.load(OrdersParquet.class, "orders_parquet.sql"))) {
            p.setString(1, file.toAbsolutePath().toString());
            rows = p.executeUpdate();
        }
        AuditLog.record(c, user, AUDIT_ACTION, "parquet " + file.getFileName(), rows);
        return rows;
    }
}
