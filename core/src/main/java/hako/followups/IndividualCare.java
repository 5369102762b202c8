package hako.followups;

import hako.customers.MetricRules;
import hako.customers.MetricSnapshot;
import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * TOP1% individual care: every TOP1% customer with R, last contact, what is due next and the staff
 * member in charge, who can be assigned and cleared. Care plans are the enabled plans whose target
 * holds only TOP1% customers (a shop without plans gets the default ones first).
 */
public final class IndividualCare {

    private IndividualCare() {
    }

    /** The TOP1% at {@code asOf}, by rank. */
    public static List<CareCustomer> list(Connection c, LocalDate asOf, MetricRules rules) throws SQLException {
        if (!MetricSnapshot.isStored(c, asOf, rules)) {
            MetricSnapshot.take(c, asOf, rules);
        }
        DefaultPlans.installIfNone(c);
        List<Plan> carePlans = PlanStore.enabled(c).stream().filter(p -> p.target().onlyTop1()).toList();
        Set<String> tasked = tasked(c, asOf);
        List<CareCustomer> list = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(Sql.load(IndividualCare.class, "care_list.sql"))) {
            p.setObject(1, asOf);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String id = r.getString("customer_id");
                    LocalDate first = r.getObject("first_purchase", LocalDate.class);
                    LocalDate last = r.getObject("last_purchase", LocalDate.class);
                    CareCustomer.Next next = r.getObject("task_id") != null
                            ? new CareCustomer.Next(r.getLong("task_id"), r.getString("plan_id"), r.getInt("step_no"),
                                    Channel.ofKey(r.getString("task_channel")), r.getObject("due_date", LocalDate.class))
                            : planned(carePlans, id, first, last, asOf, tasked);
                    ContactPoint contact = r.getObject("contacted_on") == null ? null : new ContactPoint(
                            r.getObject("contacted_on", LocalDate.class), Channel.ofKey(r.getString("contact_channel")));
                    list.add(new CareCustomer(id, r.getString("name"), r.getLong("rank"), r.getLong("frequency"),
                            r.getBigDecimal("monetary"), last, r.getLong("recency_days"), contact, next,
                            r.getString("staff")));
                }
            }
        }
        return list;
    }

    /** Puts {@code staff} in charge of a known customer. */
    public static void assign(Connection c, String customerId, String staff, String user) throws SQLException {
        if (staff == null || staff.isBlank() || user == null || user.isBlank()) {
            throw new IllegalArgumentException("assigning needs the staff member and the user assigning");
        }
        ContactLog.requireKnown(c, customerId);
        try (PreparedStatement p = c.prepareStatement(Sql.load(IndividualCare.class, "staff_assign.sql"))) {
            p.setString(1, customerId);
            p.setString(2, staff.strip());
            p.setString(3, user);
            p.setObject(4, LocalDateTime.now());
            p.executeUpdate();
        }
    }

    /** Leaves the customer without a staff member; returns whether one was assigned. */
    public static boolean clear(Connection c, String customerId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.load(IndividualCare.class, "staff_clear.sql"))) {
            p.setString(1, customerId);
            return p.executeUpdate() > 0;
        }
    }

    /** The care plans' earliest step due on or after {@code asOf} that has no task yet. */
    private static CareCustomer.Next planned(List<Plan> plans, String customerId, LocalDate first, LocalDate last,
                                             LocalDate asOf, Set<String> tasked) {
        List<CareCustomer.Next> steps = new ArrayList<>();
        for (Plan plan : plans) {
            for (Step s : plan.steps()) {
                LocalDate anchor = switch (s.trigger().kind()) {
                    case RECENCY -> last;
                    case SINCE_FIRST -> first;
                    case RUN_OUT -> null;
                };
                if (anchor != null && !anchor.plusDays(s.trigger().days()).isBefore(asOf)
                        && !tasked.contains(key(customerId, plan.id(), s.no(), anchor))) {
                    steps.add(new CareCustomer.Next(null, plan.id(), s.no(), s.channel(),
                            anchor.plusDays(s.trigger().days())));
                }
            }
        }
        return steps.stream().min(Comparator.comparing(CareCustomer.Next::due)
                .thenComparing(CareCustomer.Next::planId).thenComparingInt(CareCustomer.Next::stepNo)).orElse(null);
    }

    private static Set<String> tasked(Connection c, LocalDate asOf) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement(Sql.load(IndividualCare.class, "care_tasks.sql"))) {
            p.setObject(1, asOf);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    keys.add(key(r.getString(1), r.getString(2), r.getInt(3), r.getObject(4, LocalDate.class)));
                }
            }
        }
        return keys;
    }

    private static String key(String customerId, String planId, int stepNo, LocalDate anchor) {
        return customerId + '\u0000' + planId + '\u0000' + stepNo + '\u0000' + anchor;
    }
}
