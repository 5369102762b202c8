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
 * their contacts in the 90 days up to it: overall (each customer once) and per plan.
 */
public record Coverage(LocalDate asOf, Share overall, List<PlanShare> plans) {

    public record Share(long targeted, long meeting) {

        public double percent() {
            return targeted == 0 ? 0 : 100.0 * meeting / targeted;
        }
    }

    public record PlanShare(String planId, String name, Share share) {
    }

    public static Coverage at(Connection c, LocalDate asOf, MetricRules rules) throws SQLException {
        if (!MetricSnapshot.isStored(c, asOf, rules)) {
            MetricSnapshot.take(c, asOf, rules);
        }
        DefaultPlans.installIfNone(c);
        List<Plan> plans = PlanStore.enabled(c);
        Targeting.prepare(c, plans, asOf);
        List<PlanShare> shares = new ArrayList<>();
        Share overall = new Share(0, 0);
        try (PreparedStatement p = c.prepareStatement(Sql.load(Coverage.class, "coverage.sql"))) {
            p.setInt(1, ThreeThreeTwoRule.WINDOW_DAYS);
            p.setInt(2, ThreeThreeTwoRule.CONTACTS);
            p.setInt(3, ThreeThreeTwoRule.CHANNELS);
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
        return new Coverage(asOf, overall, shares);
    }
}
