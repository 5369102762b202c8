package hako.customers;

import hako.events.EventStore;
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
 * <p>A snapshot imported from the Spark job ({@link Source#IMPORTED}) is read back rather than recomputed
 * for as long as the orders have not changed since (its data version is the current one).
 *
 * @param dataVersion the last import the snapshot was computed from; a later import makes it stale
 */
public record MetricSnapshot(LocalDate asOf, MetricRules rules, long dataVersion, ShopSummary summary,
                             Source source) {

    /** Where a stored snapshot came from. */
    public enum Source {
        /** Computed by Hako from its orders. */
        COMPUTED,
        /** Loaded from the Spark job's output (hako import --kind metrics). */
        IMPORTED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How many as-of dates are kept at once; older ones are dropped when a new one is taken. */
    public static final int KEPT = 6;

    /**
     * The id of the last committed import the numbers take in: the version of the data that metrics are computed
     * from. Purchases posted to the events API count from when the web app takes them in
     * ({@link EventStore#takeIn}), every other import at once.
     */
    public static long dataVersion(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.load(MetricSnapshot.class, "data_version.sql"))) {
            p.setString(1, EventStore.API_FILES);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * Computes the metrics at {@code asOf} under {@code rules}, stores them in place of any kept for
     * that date (dropping snapshots of older data, other rules, or beyond the {@value #KEPT} newest),
     * and reads the summary. An imported snapshot of the current data at that date and under those
     * rules is read back instead of computed. The connection's metric tables are left at {@code asOf}.
     */
    public static MetricSnapshot take(Connection c, LocalDate asOf, MetricRules rules) throws SQLException {
        long version = dataVersion(c);
        if (isStored(c, asOf, rules, Source.IMPORTED)) {
            CustomerMetrics.readStored(c, asOf, rules);
            return new MetricSnapshot(asOf, rules, version, ShopSummary.read(c, asOf, rules), Source.IMPORTED);
        }
        CustomerMetrics.compute(c, asOf, rules);
        return store(c, asOf, rules, Source.COMPUTED);
    }

    /**
     * Stores the connection's {@code hako_customer_metrics} (at {@code asOf} under {@code rules}, computed
     * or loaded from {@code source}) as the snapshot of the current data at that date, as {@link #take}
     * does, in one transaction; returns it with its summary.
     */
    public static MetricSnapshot store(Connection c, LocalDate asOf, MetricRules rules, Source source)
            throws SQLException {
        long version = dataVersion(c);
        ShopSummary summary = ShopSummary.read(c, asOf, rules);
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            Variables.set(c, "hako_snapshot_rules", rules.toString());
            Variables.set(c, "hako_data_version", version);
            Variables.set(c, "hako_snapshots_kept", KEPT);
            Variables.set(c, "hako_snapshot_source", source.key());
            Sql.run(c, MetricSnapshot.class, "snapshot_store.sql");
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return new MetricSnapshot(asOf, rules, version, summary, source);
    }

    /** Whether a snapshot at {@code asOf} under {@code rules} of the current data is stored. */
    public static boolean isStored(Connection c, LocalDate asOf, MetricRules rules) throws SQLException {
        return isStored(c, asOf, rules, null);
    }

    /** Whether a snapshot at {@code asOf} under {@code rules} of the current data from {@code source} (any: null) is stored. */
    private static boolean isStored(Connection c, LocalDate asOf, MetricRules rules, Source source) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.load(MetricSnapshot.class, "snapshot_stored.sql"))) {
            p.setObject(1, asOf);
            p.setString(2, rules.toString());
            p.setLong(3, dataVersion(c));
            p.setString(4, source == null ? null : source.key());
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
