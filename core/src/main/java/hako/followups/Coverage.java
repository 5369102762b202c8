package hako.followups;

import hako.customers.MetricRules;
import hako.customers.MetricSnapshot;
import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Of the customers the enabled plans target at an as-of date, how many meet the 3-3-2 rule over
 * their contacts in the 90 days up to a day ({@code contactsTo}, usually the as-of date; see
 * {@link #contactDay}): overall (each customer once) and per plan.
 */
public record Coverage(LocalDate asOf, LocalDate contactsTo, Share overall, List<PlanShare> plans) {

    public record Share(long targeted, long meeting) {

        public double percent() {
            return targeted == 0 ? 0 : 100.0 * meeting / targeted;
        }
    }

    public record PlanShare(String planId, String name, Share share) {
    }

    /** Targets and contacts both at {@code asOf}. */
    public static Coverage at(Connection c, LocalDate asOf, MetricRules rules) throws SQLException {
        return at(c, asOf, asOf, rules);
    }

    /**
     * The day whose 90 days back count as contacts for the customer table at {@code asOf}: the as-of
     * date itself for a past one, but today when the table is the latest one (the latest order date,
     * today being later), since staff go on contacting customers after the last order in the data —
     * a contact ticked off today must count.
     */
    public static LocalDate contactDay(LocalDate asOf, LocalDate latestOrderDate, LocalDate today) {
        return asOf.equals(latestOrderDate) && today.isAfter(asOf) ? today : asOf;
    }

    /** Targets read on the customer table at {@code asOf}, contacts counted in the 90 days up to {@code contactsTo}. */
    public static Coverage at(Connection c, LocalDate asOf, LocalDate contactsTo, MetricRules rules) throws SQLException {
        if (contactsTo.isBefore(asOf)) {
            throw new IllegalArgumentException("contacts up to " + contactsTo + " end before the as-of date " + asOf);
        }
        if (!MetricSnapshot.isStored(c, asOf, rules)) {
            MetricSnapshot.take(c, asOf, rules);
        }
        DefaultPlans.installIfNone(c);
        List<Plan> plans = PlanStore.enabled(c);
        Targeting.prepare(c, plans, asOf);
        List<PlanShare> shares = new ArrayList<>();
        Share overall = new Share(0, 0);
        try (PreparedStatement p = c.prepareStatement(Sql.load(Coverage.class, "coverage.sql"))) {
            p.setObject(1, contactsTo);
            p.setInt(2, ThreeThreeTwoRule.WINDOW_DAYS);
            p.setObject(3, contactsTo);
            p.setInt(4, ThreeThreeTwoRule.CONTACTS);
            p.setInt(5, ThreeThreeTwoRule.CHANNELS);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Share share = new Share(r.getLong("targeted"), r.getLong("meeting"));
                    String id = r.getString("plan_id");
                    if (id == null) {
                        overall = share;
                    } else {
                        String name = plans.stream().filter(x -> x.id().equals(id)).map(Plan::name).findFirst().orElse(id);
                        shares.add(new PlanShare(id, name, share));
                    }
                }
            }
        }
        return new Coverage(asOf, contactsTo, overall, shares);
    }
}
