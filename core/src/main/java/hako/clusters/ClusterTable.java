package hako.clusters;

import hako.customers.Cluster;
import hako.store.Sql;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The six clusters in their order of precedence (TOP1% first), every one present even when empty, read
 * from the metric snapshot stored at an as-of date.
 */
public record ClusterTable(LocalDate asOf, long customers, BigDecimal sales, List<ClusterProfile> clusters) {

    public ClusterTable {
        clusters = List.copyOf(clusters);
    }

    /**
     * Reads the table from {@code customer_metrics} at {@code asOf}; the snapshot must be stored (it
     * is empty otherwise).
     */
    public static ClusterTable read(Connection c, LocalDate asOf) throws SQLException {
        record Row(long customers, BigDecimal sales, double f, double r) {
        }
        Map<Cluster, Row> rows = new EnumMap<>(Cluster.class);
        try (PreparedStatement p = c.prepareStatement(Sql.load(ClusterTable.class, "cluster_profiles.sql"))) {
            p.setObject(1, asOf);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    rows.put(Cluster.ofKey(r.getString("cluster")), new Row(r.getLong("customers"),
                            r.getBigDecimal("sales"), r.getDouble("average_f"), r.getDouble("average_r")));
                }
            }
        }
        long customers = rows.values().stream().mapToLong(Row::customers).sum();
        BigDecimal sales = rows.values().stream().map(Row::sales).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ClusterProfile> profiles = new ArrayList<>();
        for (Cluster k : Cluster.values()) {
            Row row = rows.getOrDefault(k, new Row(0, BigDecimal.ZERO, 0, 0));
            profiles.add(new ClusterProfile(k, row.customers(), row.sales(), ratio(row.customers(), customers),
                    sales.signum() == 0 ? 0 : row.sales().doubleValue() / sales.doubleValue(), row.f(),
                    row.customers() == 0 ? BigDecimal.ZERO
                            : row.sales().divide(BigDecimal.valueOf(row.customers()), 2, RoundingMode.HALF_UP),
                    row.r()));
        }
        return new ClusterTable(asOf, customers, sales, profiles);
    }

    /** The figures of {@code cluster}. */
    public ClusterProfile of(Cluster cluster) {
        return clusters.get(cluster.ordinal());
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
