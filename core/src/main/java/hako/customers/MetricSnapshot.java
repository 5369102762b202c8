package hako.customers;

import hako.store.Sql;
import hako.store.Variables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The customer table at an as-of date, kept in the database ({@code customer_metrics}) so that pages
 * and lists read it instead of recomputing it, with the shop summary computed beside it.
 *
 * @param dataVersion the last import the snapshot was computed from; a later import makes it stale
 */
public record MetricSnapshot(LocalDate asOf, MetricRules rules, long dataVersion, ShopSummary summary) {

    /** How many as-of dates are kept at once; older ones are dropped when a new one is taken. */
    public static final int KEPT = 6;

    /** The id of the last committed import: the version of the data that metrics are computed from. */
    public static long dataVersion(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT coalesce(max(import_id), 0) FROM imports");
             ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Computes the metrics at {@code asOf} under {@code rules}, stores them in place of any kept for
     * that date (dropping snapshots of older data, other rules, or beyond the {@value #KEPT} newest),
     * and reads the summary. The connection's metric tables are left at {@code asOf}.
     */
    public static MetricSnapshot take(Connection c, LocalDate asOf, MetricRules rules) throws SQLException {
        long version = dataVersion(c);
        CustomerMetrics.compute(c, asOf, rules);
        ShopSummary summary = ShopSummary.read(c, asOf, rules);
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            Variables.set(c, "hako_snapshot_rules", rules.toString());
            Variables.set(c, "hako_data_version", version);
            Variables.set(c, "hako_snapshots_kept", KEPT);
            Sql.run(c, MetricSnapshot.class, "snapshot_store.sql");
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return new MetricSnapshot(asOf, rules, version, summary);
    }

    /** Whether a snapshot at {@code asOf} under {@code rules} of the current data is stored. */
    public static boolean isStored(Connection c, LocalDate asOf, MetricRules rules) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT count(*) FROM metric_snapshots WHERE as_of = ? AND rules = ? AND data_version = ?")) {
            p.setObject(1, asOf);
            p.setString(2, rules.toString());
            p.setLong(3, dataVersion(c));
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        }
    }

    /**
     * Whether {@code customer_metrics} holds every customer's F, M and purchase dates at {@code asOf} for
     * the current data (a snapshot under any rules: those columns do not depend on them), so analyses
     * can read them instead of scanning the orders again.
     */
    public static boolean holdsPurchases(Connection c, LocalDate asOf) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.load(MetricSnapshot.class, "snapshot_holds.sql"))) {
            p.setObject(1, asOf);
            p.setLong(2, dataVersion(c));
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        }
    }
}
