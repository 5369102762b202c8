package hako.customers;

import hako.store.Sql;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The shop at a glance: KPIs and the count, share and sales share of every cluster and stage.
 * Sales and orders are those of customers (purchases on or before as-of); purchases whose order
 * named no customer are counted apart as unattributed.
 */
public record ShopSummary(LocalDate asOf, long customers, long orders, BigDecimal sales, long repeaters,
                          long f2Eligible, long f2Converted, long dormant, long unattributedOrders,
                          BigDecimal unattributedSales, Map<Cluster, Group> clusters, Map<Stage, Group> stages) {

    /** Customers and their sales in one cluster or stage. */
    public record Group(long customers, BigDecimal sales) {
    }

    /**
     * Reads the summary of the metrics last computed on {@code c}, which must be those of
     * {@link CustomerMetrics#compute} at {@code asOf} under {@code rules}.
     *
     * @throws IllegalStateException when no metrics were computed on {@code c}, or at another date or
     *     under other rules
     */
    public static ShopSummary read(Connection c, LocalDate asOf, MetricRules rules) throws SQLException {
        CustomerMetrics.requireComputed(c, asOf, rules);
        Map<Cluster, Group> clusters = new EnumMap<>(Cluster.class);
        Map<Stage, Group> stages = new EnumMap<>(Stage.class);
        for (Cluster k : Cluster.values()) {
            clusters.put(k, new Group(0, BigDecimal.ZERO));
        }
        for (Stage k : Stage.values()) {
            stages.put(k, new Group(0, BigDecimal.ZERO));
        }
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery(Sql.load(ShopSummary.class, "summary_groups.sql"))) {
                while (r.next()) {
                    Group g = new Group(r.getLong("customers"), r.getBigDecimal("sales"));
                    if (r.getString("grouping").equals("cluster")) {
                        clusters.put(Cluster.ofKey(r.getString("key")), g);
                    } else {
                        stages.put(Stage.ofKey(r.getString("key")), g);
                    }
                }
            }
            try (ResultSet r = s.executeQuery(Sql.load(ShopSummary.class, "summary_totals.sql"))) {
                r.next();
                return new ShopSummary(asOf, r.getLong("customers"), r.getLong("orders"), r.getBigDecimal("sales"),
                        r.getLong("repeaters"), r.getLong("f2_eligible"), r.getLong("f2_converted"),
                        r.getLong("dormant"), r.getLong("unattributed_orders"), r.getBigDecimal("unattributed_sales"),
                        clusters, stages);
            }
        }
    }

    /** Customers with F ≥ 2 / customers. */
    public double repeatRate() {
        return ratio(repeaters, customers);
    }

    /** Second purchase within the window / customers whose first purchase is at least the window old. */
    public double f2Rate() {
        return ratio(f2Converted, f2Eligible);
    }

    /** Orders per customer (mean F). */
    public double averageFrequency() {
        return ratio(orders, customers);
    }

    /** Average order value: sales / orders. */
    public BigDecimal averageOrderValue() {
        return orders == 0 ? BigDecimal.ZERO : sales.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP);
    }

    public double share(Group g) {
        return ratio(g.customers(), customers);
    }

    public double salesShare(Group g) {
        return sales.signum() == 0 ? 0 : g.sales().doubleValue() / sales.doubleValue();
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
