package hako.analyses.groups;

import hako.analyses.AnalysisQuery;
import hako.analyses.behaviour.BehaviourRules;
import hako.analyses.behaviour.BehaviourSegments;
import hako.analyses.facts.AnalysisFacts;
import hako.analyses.nps.NpsReport;
import hako.customers.MetricSnapshot;
import hako.store.Sql;
import hako.store.Variables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The members of every {@link CustomerGroup} at an as-of date, stored in {@code customer_groups} so
 * that segments select them without recomputing: taken once per as-of date, data version and
 * behaviour rules, and dropped with the metric snapshot of its date.
 */
public final class GroupSnapshot {

    private GroupSnapshot() {
    }

    /** Stores the groups at {@code asOf} unless they are stored for the current data and these rules. */
    public static void ensure(Connection c, LocalDate asOf, BehaviourRules rules) throws SQLException {
        if (!isStored(c, asOf, rules)) {
            take(c, asOf, rules);
        }
    }

    /**
     * Refuses, with what to do, when no groups are stored at {@code asOf} for the current data: readers
     * that do not know the behaviour rules (follow-up targeting) need them stored by one that does.
     */
    public static void requireStored(Connection c, LocalDate asOf) throws SQLException {
        if (!stored(c, asOf, null)) {
            throw new IllegalStateException("the behaviour and loyalty groups at " + asOf
                    + " are not stored for the current data: store them first (GroupSnapshot.ensure)");
        }
    }

    public static boolean isStored(Connection c, LocalDate asOf, BehaviourRules rules) throws SQLException {
        return stored(c, asOf, rules.toString());
    }

    /** Whether groups are stored at {@code asOf} for the current data, under {@code rules} (null: any). */
    private static boolean stored(Connection c, LocalDate asOf, String rules) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.load(GroupSnapshot.class, "group_stored.sql"))) {
            p.setObject(1, asOf);
            p.setLong(2, MetricSnapshot.dataVersion(c));
            p.setString(3, rules);
            p.setString(4, rules);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Computes the groups at {@code asOf} and stores them in place of any stored for that date. */
    public static void take(Connection c, LocalDate asOf, BehaviourRules rules) throws SQLException {
        long version = MetricSnapshot.dataVersion(c);
        AnalysisFacts.ensure(c, asOf);
        BehaviourSegments.flag(c, asOf, rules);
        AnalysisQuery.run(c, NpsReport.class, "nps_loyalty.sql", asOf);
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            Variables.set(c, "hako_group_as_of", "DATE", asOf.toString());
            Variables.set(c, "hako_group_version", version);
            Variables.set(c, "hako_group_rules", rules.toString());
            Sql.run(c, GroupSnapshot.class, "group_store.sql");
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
            Sql.run(c, GroupSnapshot.class, "group_cleanup.sql");
        }
    }
}
