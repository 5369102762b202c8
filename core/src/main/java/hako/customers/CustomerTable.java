package hako.customers;

import hako.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/** Streams the computed customer table in rank order, without holding it in memory. */
public final class CustomerTable {

    /** Receives rows one at a time. */
    @FunctionalInterface
    public interface RowSink {
        void accept(CustomerRow row) throws java.io.IOException;
    }

    private CustomerTable() {
    }

    /** Calls {@code sink} for every customer of the last {@link CustomerMetrics#compute}. */
    public static void forEach(Connection c, RowSink sink) throws SQLException, java.io.IOException {
        try (Statement s = c.createStatement()) {
            s.setFetchSize(10_000);
            try (ResultSet r = s.executeQuery(Sql.load(CustomerTable.class, "customers.sql"))) {
                while (r.next()) {
                    sink.accept(row(r));
                }
            }
        }
    }

    /** The customer row at the cursor of a result with the columns of {@link CustomerRow#COLUMNS}. */
    public static CustomerRow row(ResultSet r) throws SQLException {
        String tier = r.getString("tier");
        return new CustomerRow(r.getString("customer_id"), r.getLong("frequency"), r.getBigDecimal("monetary"),
                r.getObject("first_purchase", LocalDate.class), r.getObject("last_purchase", LocalDate.class),
                r.getLong("tenure_days"), r.getLong("recency_days"), r.getLong("rank"),
                tier == null ? null : Cluster.ofKey(tier), Cluster.ofKey(r.getString("cluster")),
                Stage.ofKey(r.getString("stage")));
    }
}
