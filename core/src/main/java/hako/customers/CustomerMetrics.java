package hako.customers;

import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * Computes every customer's metrics at an as-of date into the connection's temporary table
 * {@code hako_customer_metrics}, which the customer table and the summary read.
 */
public final class CustomerMetrics {

    private CustomerMetrics() {
    }

    /** Computes the metrics at {@code asOf} under {@code rules}. */
    public static void compute(Connection c, LocalDate asOf, MetricRules rules) throws SQLException {
        bind(c, asOf, rules);
        try (Statement s = c.createStatement()) {
            for (String stmt : Sql.statements(CustomerMetrics.class, "metrics.sql")) {
                s.execute(stmt);
            }
        }
    }

    /** Sets the variables the metric queries read. */
    static void bind(Connection c, LocalDate asOf, MetricRules rules) throws SQLException {
        set(c, "hako_as_of", "?::DATE", asOf.toString());
        set(c, "hako_acquisition_days", "?::INTEGER", rules.acquisitionDays());
        set(c, "hako_churn_days", "?::INTEGER", rules.churnDays());
        set(c, "hako_dormant_days", "?::INTEGER", rules.dormantDays());
        set(c, "hako_retention_orders", "?::INTEGER", rules.retentionOrders());
        set(c, "hako_f2_window", "?::INTEGER", rules.f2WindowDays());
        set(c, "hako_top1", "?::DECIMAL(9, 4)", rules.top1Percent().toPlainString());
        set(c, "hako_top10", "?::DECIMAL(9, 4)", rules.top10Percent().toPlainString());
        set(c, "hako_top20", "?::DECIMAL(9, 4)", rules.top20Percent().toPlainString());
    }

    private static void set(Connection c, String name, String typed, Object value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SET VARIABLE " + name + " = " + typed)) {
            p.setObject(1, value);
            p.execute();
        }
    }
}
