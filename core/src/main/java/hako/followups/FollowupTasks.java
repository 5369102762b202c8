package hako.followups;

import hako.customers.MetricRules;
import hako.customers.MetricSnapshot;
import hako.store.InTransaction;
import hako.store.Sql;
import hako.store.Variables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Generates the follow-up tasks of the enabled plans due in a date range into {@code followup_tasks}.
 * Targets are evaluated on the customer table at an as-of date (stored as a snapshot if it is not);
 * anchors are each customer's last or first purchase at that date, or a usage-cycle product's
 * run-out date. Idempotent: a customer gets a step once per anchor, so generating an overlapping
 * range again adds only what is new. Open tasks whose customer bought since, or who has no consent
 * or no address for the channel, are dropped with the reason, those of earlier generations too.
 */
public final class FollowupTasks {

    /**
     * One generation at a time in this process: new tasks are numbered from the table's highest id, so
     * two at once (two users pressing generate) would number theirs alike and the second would fail.
     */
    private static final ReentrantLock GENERATING = new ReentrantLock();

    private FollowupTasks() {
    }

    /**
     * Whether an enabled plan targets a behaviour or loyalty group (itself or through its board segment):
     * then the groups must be stored at the as-of date ({@code GroupSnapshot.ensure}) before generating
     * or checking coverage.
     */
    public static boolean targetGroups(Connection c) throws SQLException {
        return Targeting.usesGroups(c, PlanStore.enabled(c));
    }

    /** Generates the tasks due from {@code from} to {@code to}, both included. */
    public static Generation generate(Connection c, LocalDate from, LocalDate to, LocalDate asOf, MetricRules rules)
            throws SQLException {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
        GENERATING.lock();
        try {
            boolean installed = DefaultPlans.installIfNone(c);
            if (!MetricSnapshot.isStored(c, asOf, rules)) {
                MetricSnapshot.take(c, asOf, rules);
            }
            List<Plan> plans = PlanStore.enabled(c);
            // Truncated to microseconds: DuckDB keeps no finer, and the report finds this run's tasks by it.
            LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
            return InTransaction.get(c, () -> {
                Targeting.prepare(c, plans, asOf);
                Variables.set(c, "hako_fu_from", "DATE", from.toString());
                Variables.set(c, "hako_fu_to", "DATE", to.toString());
                Variables.set(c, "hako_fu_now", "TIMESTAMP", now.toString());
                Sql.run(c, FollowupTasks.class, "generate.sql");
                return new Generation(from, to, asOf, installed, lines(c, from, to, now), earlierDropped(c));
            });
        } finally {
            GENERATING.unlock();
        }
    }

    private static List<Generation.Line> lines(Connection c, LocalDate from, LocalDate to, LocalDateTime now)
            throws SQLException {
        List<Generation.Line> lines = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(Sql.load(FollowupTasks.class, "generate_report.sql"))) {
            p.setObject(1, now);
            p.setObject(2, from);
            p.setObject(3, to);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Map<DropReason, Long> dropped = new EnumMap<>(DropReason.class);
                    for (DropReason reason : DropReason.values()) {
                        dropped.put(reason, r.getLong(reason.key()));
                    }
                    lines.add(new Generation.Line(r.getString("plan_id"), r.getInt("step_no"),
                            Channel.ofKey(r.getString("channel")), r.getLong("tasks"), r.getLong("added"),
                            r.getLong("open"), r.getLong("ticked"), dropped));
                }
            }
        }
        return lines;
    }

    private static Map<DropReason, Long> earlierDropped(Connection c) throws SQLException {
        Map<DropReason, Long> dropped = new EnumMap<>(DropReason.class);
        try (PreparedStatement p = c.prepareStatement(Sql.load(FollowupTasks.class, "generate_earlier_drops.sql"));
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                dropped.put(DropReason.ofKey(r.getString(1)), r.getLong(2));
            }
        }
        return dropped;
    }
}
