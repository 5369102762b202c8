package hako.followups;

import hako.analyses.groups.CustomerGroup;
import hako.analyses.groups.GroupSnapshot;
import hako.board.BoardSegments;
import hako.clv.ChurnRisk;
import hako.customers.Cluster;
import hako.customers.Stage;
import hako.segments.ClvCondition;
import hako.segments.Segment;
import hako.store.Sql;
import hako.store.Variables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts on the connection, for plans at an as-of date, the temporary tables that generation,
 * coverage and care read: {@code fu_targeted} (plan, customer), the plans' steps, and the run-out
 * dates of usage-cycle products. A board segment in a target is read as it is now.
 */
final class Targeting {

    private Targeting() {
    }

    /** Needs the customer table at {@code asOf} stored (MetricSnapshot). */
    static void prepare(Connection c, Collection<Plan> plans, LocalDate asOf) throws SQLException {
        runOuts(c, asOf);
        Sql.run(c, Targeting.class, "plans_stage.sql");
        try (PreparedStatement t = c.prepareStatement(Sql.load(Targeting.class, "plan_target_insert.sql"));
             PreparedStatement s = c.prepareStatement(Sql.load(Targeting.class, "plan_step_insert.sql"))) {
            for (Plan plan : plans) {
                target(c, t, plan, asOf);
                for (Step step : plan.steps()) {
                    s.setString(1, plan.id());
                    s.setInt(2, step.no());
                    s.setString(3, step.trigger().kind().key());
                    s.setInt(4, step.trigger().days());
                    s.setString(5, step.channel().key());
                    s.executeUpdate();
                }
            }
        }
        if (usesGroups(c, plans)) {
            GroupSnapshot.requireStored(c, asOf);
        }
        Sql.run(c, Targeting.class, "targeted.sql");
    }

    /** Whether a plan's target, or the board segment it names, selects an analysis group. */
    static boolean usesGroups(Connection c, Collection<Plan> plans) throws SQLException {
        for (Plan plan : plans) {
            Target t = plan.target();
            if (!t.groups().isEmpty()
                    || (t.boardSegment() != null && BoardSegments.of(c, t.boardSegment()).group() != null)) {
                return true;
            }
        }
        return false;
    }

    /** Puts the usage-cycle run-out dates at {@code asOf} and the latest ones on the connection. */
    static void runOuts(Connection c, LocalDate asOf) throws SQLException {
        Variables.set(c, "hako_fu_as_of", "DATE", asOf.toString());
        Sql.run(c, Targeting.class, "run_outs.sql");
    }

    /** The target's conditions, narrowed by its board segment, as one row of fu_plan_targets. */
    private static void target(Connection c, PreparedStatement p, Plan plan, LocalDate asOf) throws SQLException {
        Target t = plan.target();
        Segment s = t.boardSegment() == null ? Segment.ALL : BoardSegments.of(c, t.boardSegment());
        p.setString(1, plan.id());
        p.setString(2, keys(narrow(t.clusters(), s.cluster(), Cluster.class), Cluster::key));
        p.setString(3, keys(narrow(t.stages(), s.stage(), Stage.class), Stage::key));
        setLong(p, 4, tighter(level(t.tier()), level(s.tier()), true));
        setLong(p, 5, tighter(t.fMin(), s.fMin(), false));
        setLong(p, 6, tighter(t.fMax(), s.fMax(), true));
        setLong(p, 7, s.rMin());
        setLong(p, 8, s.rMax());
        Set<CustomerGroup> groups = EnumSet.noneOf(CustomerGroup.class);
        groups.addAll(t.groups());
        if (s.group() != null) {
            groups.add(s.group());
        }
        p.setString(10, groups.isEmpty() ? null : keys(groups, CustomerGroup::key));
        if (t.usageCycle() == null) {
            p.setNull(9, Types.BOOLEAN);
        } else {
            p.setBoolean(9, t.usageCycle());
        }
        ClvCondition clv = s.clv();
        p.setString(11, keys(narrow(t.risks(), clv.risk(), ChurnRisk.class), ChurnRisk::key));
        setLong(p, 12, clv.aliveMin());
        setLong(p, 13, clv.aliveMax());
        setLong(p, 14, clv.clvMin());
        setLong(p, 15, clv.clvMax());
        if ((t.risks() != null || clv.any()) && !scored(c, asOf)) {
            throw new ScoresMissing("plan " + plan.id() + " targets by the CLV scores (" + t.text()
                    + (clv.any() ? ", board segment " + s.describe(java.util.Locale.ENGLISH) : "") + ") but no scores"
                    + " are stored for " + asOf + ": run hako clv fit, or open the customer list at that date in the"
                    + " web app, which scores it");
        }
        p.executeUpdate();
    }

    private static boolean scored(Connection c, LocalDate asOf) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM clv_scores WHERE as_of = ? LIMIT 1")) {
            p.setObject(1, asOf);
            try (var r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    private static <E extends Enum<E>> Set<E> narrow(Set<E> allowed, E segmentValue, Class<E> type) {
        if (segmentValue == null) {
            return allowed;
        }
        Set<E> result = allowed == null ? EnumSet.allOf(type) : EnumSet.copyOf(allowed);
        result.retainAll(EnumSet.of(segmentValue));
        return result;
    }

    /** Comma-separated keys; null for any; an empty set matches no customer. */
    private static <E> String keys(Set<E> values, java.util.function.Function<E, String> key) {
        return values == null ? null : values.stream().map(key).sorted().collect(Collectors.joining(","));
    }

    private static Long level(Cluster tier) {
        return tier == null ? null : (long) tier.tierLevel();
    }

    private static Long tighter(Long a, Long b, boolean lower) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return lower ? Math.min(a, b) : Math.max(a, b);
    }

    private static void setLong(PreparedStatement p, int i, Long value) throws SQLException {
        if (value == null) {
            p.setNull(i, Types.BIGINT);
        } else {
            p.setLong(i, value);
        }
    }
}
