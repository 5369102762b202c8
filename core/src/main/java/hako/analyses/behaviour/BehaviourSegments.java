package hako.analyses.behaviour;

import hako.analyses.AnalysisQuery;
import hako.analyses.facts.AnalysisFacts;
import hako.store.Variables;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The behaviour segments at an as-of date: one profile per behaviour (every behaviour present, also
 * when empty). Segments overlap: a customer can be heavy and a bulk buyer.
 */
public record BehaviourSegments(LocalDate asOf, BehaviourRules rules, long customers, BigDecimal sales,
                                List<BehaviourProfile> profiles) {

    public BehaviourSegments {
        profiles = List.copyOf(profiles);
    }

    public static BehaviourSegments read(Connection c, LocalDate asOf, BehaviourRules rules) throws SQLException {
        flag(c, asOf, rules);
        record Totals(long customers, BigDecimal sales, long[] counts, BigDecimal[] salesOf) {
        }
        Totals t = AnalysisQuery.list(c, BehaviourSegments.class, "behaviours.sql", asOf, r -> {
            long[] counts = new long[Behaviour.values().length];
            BigDecimal[] sales = new BigDecimal[counts.length];
            for (Behaviour b : Behaviour.values()) {
                counts[b.ordinal()] = r.getLong(b.key() + "_customers");
                sales[b.ordinal()] = r.getBigDecimal(b.key() + "_sales");
            }
            return new Totals(r.getLong("customers"), r.getBigDecimal("sales"), counts, sales);
        }).get(0);
        List<BehaviourProfile> profiles = new ArrayList<>();
        for (Behaviour b : Behaviour.values()) {
            long n = t.counts()[b.ordinal()];
            BigDecimal s = t.salesOf()[b.ordinal()];
            profiles.add(new BehaviourProfile(b, n, s, t.customers() == 0 ? 0 : (double) n / t.customers(),
                    t.sales().signum() == 0 ? 0 : s.doubleValue() / t.sales().doubleValue()));
        }
        return new BehaviourSegments(asOf, rules, t.customers(), t.sales(), profiles);
    }

    /** The ids of the customers showing {@code behaviour} at {@code asOf}, in id order: the segment's members. */
    public static List<String> members(Connection c, LocalDate asOf, BehaviourRules rules, Behaviour behaviour)
            throws SQLException {
        flag(c, asOf, rules);
        Variables.set(c, "hako_behaviour", behaviour.key());
        return AnalysisQuery.list(c, BehaviourSegments.class, "behaviour_members.sql", asOf, r -> r.getString(1));
    }

    public BehaviourProfile of(Behaviour behaviour) {
        return profiles.get(behaviour.ordinal());
    }

    /** Computes every customer's flags at {@code asOf} into the temporary table {@code hako_behaviour_flags}. */
    public static void flag(Connection c, LocalDate asOf, BehaviourRules rules) throws SQLException {
        AnalysisFacts.use(c, asOf);
        Variables.set(c, "hako_heavy_orders", "INTEGER", rules.heavyOrders());
        Variables.set(c, "hako_heavy_window", "INTEGER", rules.heavyWindowDays());
        Variables.set(c, "hako_seasonal_percent", "INTEGER", rules.seasonalPercent());
        Variables.set(c, "hako_seasonal_years", "INTEGER", rules.seasonalYears());
        Variables.set(c, "hako_bulk_items", "DOUBLE", rules.bulkItems());
        AnalysisQuery.run(c, BehaviourSegments.class, "behaviour_flags.sql", asOf);
    }
}
