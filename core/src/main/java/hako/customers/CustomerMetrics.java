package hako.customers;

import hako.store.Sql;
import hako.store.SqlVariable;
import hako.store.Variables;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/**
 * Computes every customer's metrics at an as-of date into the connection's temporary table
 * {@code hako_customer_metrics}, which the customer table and the summary read. The as-of date and
 * rules stay on the connection as variables, so that readers can check what they read.
 */
public final class CustomerMetrics {

    private CustomerMetrics() {
    }

    /** Computes the metrics at {@code asOf} under {@code rules}. */
    public static void compute(Connection c, LocalDate asOf, MetricRules rules) throws SQLException {
        try {
            prepare(c, asOf, rules);
            Sql.run(c, CustomerMetrics.class, "metrics_macros.sql");
            Sql.run(c, CustomerMetrics.class, "metrics.sql");
        } catch (SQLException | RuntimeException e) {
            forget(c, e);
            throw e;
        }
    }

    /**
     * Sets the variables of {@code asOf} and {@code rules} on the connection and the view
     * {@code hako_purchases} (purchases.sql): what metrics.sql, the summary and a loaded customer table read.
     * A caller that then fails before the customer table is complete must not leave the variables standing.
     */
    public static void prepare(Connection c, LocalDate asOf, MetricRules rules) throws SQLException {
        for (SqlVariable v : variables(asOf, rules)) {
            Variables.set(c, v.name(), v.sqlType(), v.value());
        }
        Sql.run(c, CustomerMetrics.class, "purchases.sql");
    }

    /**
     * Puts the snapshot stored at {@code asOf} (computed or imported under {@code rules}) back on the
     * connection as if just computed: the variables, the purchases view and {@code hako_customer_metrics}.
     */
    static void readStored(Connection c, LocalDate asOf, MetricRules rules) throws SQLException {
        try {
            prepare(c, asOf, rules);
            Sql.run(c, CustomerMetrics.class, "snapshot_read.sql");
        } catch (SQLException | RuntimeException e) {
            forget(c, e);
            throw e;
        }
    }

    /**
     * Fails unless the metrics last computed on {@code c} are at {@code asOf} under {@code rules}:
     * reading tables of one date with the variables of another would mix the two.
     */
    static void requireComputed(Connection c, LocalDate asOf, MetricRules rules) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery(Sql.load(CustomerMetrics.class, "computed_with.sql"))) {
            r.next();
            if (r.getObject("as_of") == null) {
                throw new IllegalStateException("no customer metrics on this connection: compute them first"
                        + " (CustomerMetrics.compute at " + asOf + ")");
            }
            LocalDate computedAt = r.getObject("as_of", LocalDate.class);
            if (!computedAt.equals(asOf)) {
                throw new IllegalStateException("the customer metrics on this connection are at " + computedAt
                        + ", not " + asOf + ": compute them at " + asOf + " first");
            }
            MetricRules computedWith = new MetricRules(r.getInt("acquisition_days"), r.getInt("churn_days"),
                    r.getInt("dormant_days"), r.getInt("retention_orders"), r.getBigDecimal("top1"),
                    r.getBigDecimal("top10"), r.getBigDecimal("top20"), r.getInt("f2_window"));
            if (!computedWith.equals(rules)) {
                throw new IllegalStateException("the customer metrics on this connection were computed with "
                        + computedWith + ", not " + rules + ": compute them with these rules first");
            }
        }
    }

    /**
     * The variables {@code metrics.sql} reads at {@code asOf} under {@code rules}: set on DuckDB before
     * it runs, and what the Spark job substitutes for them.
     */
    public static List<SqlVariable> variables(LocalDate asOf, MetricRules rules) {
        return List.of(
                new SqlVariable("hako_as_of", "DATE", asOf.toString()),
                new SqlVariable("hako_acquisition_days", "INTEGER", rules.acquisitionDays()),
                new SqlVariable("hako_churn_days", "INTEGER", rules.churnDays()),
                new SqlVariable("hako_dormant_days", "INTEGER", rules.dormantDays()),
                new SqlVariable("hako_retention_orders", "INTEGER", rules.retentionOrders()),
                new SqlVariable("hako_f2_window", "INTEGER", rules.f2WindowDays()),
                // Scale MetricRules.PERCENT_DECIMALS: finer percentages are refused there, never rounded here.
                new SqlVariable("hako_top1", "DECIMAL(18, 8)", rules.top1Percent().toPlainString()),
                new SqlVariable("hako_top10", "DECIMAL(18, 8)", rules.top10Percent().toPlainString()),
                new SqlVariable("hako_top20", "DECIMAL(18, 8)", rules.top20Percent().toPlainString()));
    }

    /** After a failed run the tables may be half rebuilt: mark the connection as having no metrics. */
    public static void forget(Connection c, Exception failure) {
        try (Statement s = c.createStatement()) {
            s.execute("SET VARIABLE hako_as_of = NULL");
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
