package hako.analyses.facts;

import hako.analyses.AnalysisQuery;
import hako.customers.MetricSnapshot;
import hako.store.InTransaction;
import hako.store.Sql;
import hako.store.Variables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The per-customer facts the analyses aggregate ({@code facts_build.sql}): the passes over every order
 * and order line are done once per as-of date and data version, and stored ({@link #ensure}), so that
 * an analysis reads at most one row per customer. Readers call {@link #use}: the stored facts when they
 * hold the current data, else facts computed afresh on the connection — never stale ones.
 */
public final class AnalysisFacts {

    /** How many as-of dates are kept at once; older ones are dropped when a new one is stored. */
    public static final int KEPT = 3;

    /** The most recent purchase dates kept per customer, and so the largest heavy-user threshold. */
    public static final int RECENT_DATES = 50;

    private static final Object STORING = new Object();

    private AnalysisFacts() {
    }

    /**
     * Defines the views {@code hako_facts_customers}, {@code hako_facts_cohort_months},
     * {@code hako_facts_entries}, {@code hako_facts_labels} and {@code hako_facts_journeys} at
     * {@code asOf}: over the stored facts when they hold the current data, else over facts computed now
     * (left on the connection until {@link AnalysisQuery#dropWorkTables}). Also sets the analyses'
     * as-of variable.
     */
    public static void use(Connection c, LocalDate asOf) throws SQLException {
        Variables.set(c, "hako_facts_as_of", "DATE", asOf.toString());
        if (isStored(c, asOf)) {
            Sql.run(c, AnalysisFacts.class, "facts_stored.sql");
        } else {
            build(c, asOf);
            Sql.run(c, AnalysisFacts.class, "facts_built.sql");
        }
    }

    /** Builds the facts into the temporary tables {@code hako_build_*}. */
    private static void build(Connection c, LocalDate asOf) throws SQLException {
        AnalysisQuery.run(c, AnalysisFacts.class, "facts_build.sql", asOf);
        aggregateJourneys(c);
        Sql.run(c, AnalysisFacts.class, "facts_journeys.sql");
    }

    /**
     * The journey's figures (nodes, links, gaps, paths) of the paths in the temporary table
     * {@code hako_journey_paths}, into {@code hako_journey_aggregates} ({@code journey_aggregate.sql}).
     */
    public static void aggregateJourneys(Connection c) throws SQLException {
        Sql.run(c, AnalysisFacts.class, "journey_aggregate.sql");
    }

    /** Whether facts at {@code asOf} are stored for the current data (the last import). */
    public static boolean isStored(Connection c, LocalDate asOf) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.load(AnalysisFacts.class, "facts_stored_at.sql"))) {
            p.setObject(1, asOf);
            p.setLong(2, MetricSnapshot.dataVersion(c));
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        }
    }

    /**
     * Stores the facts at {@code asOf} unless they are stored for the current data. One at a time in
     * this process: a page and the list asking at once would otherwise both build them, and their
     * writes conflict.
     */
    public static void ensure(Connection c, LocalDate asOf) throws SQLException {
        synchronized (STORING) {
            if (!isStored(c, asOf)) {
                store(c, asOf);
            }
        }
    }

    /**
     * Computes the facts at {@code asOf} and stores them in place of any kept for that date (dropping
     * those of older data, or beyond the {@value #KEPT} newest dates), in one transaction.
     */
    public static void store(Connection c, LocalDate asOf) throws SQLException {
        long version = MetricSnapshot.dataVersion(c);
        build(c, asOf);
        try {
            InTransaction.run(c, () -> {
                Variables.set(c, "hako_facts_as_of", "DATE", asOf.toString());
                Variables.set(c, "hako_facts_version", version);
                Variables.set(c, "hako_facts_kept", KEPT);
                Sql.run(c, AnalysisFacts.class, "facts_store.sql");
            });
        } finally {
            Sql.run(c, AnalysisFacts.class, "facts_drop.sql");
        }
    }
}
