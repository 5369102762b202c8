package hako.analyses.nps;

import hako.analyses.AnalysisQuery;
import hako.analyses.facts.AnalysisFacts;
import hako.store.Variables;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * NPS at an as-of date: overall, by month, and the three loyalty groups (all present, also when empty)
 * with how many of each group's customers have no purchase by then ({@code withoutPurchase}: they are
 * not in the customer table, {@link #withoutPurchase(Connection, LocalDate, Loyalty)} lists them).
 */
public record NpsReport(LocalDate asOf, NpsScore overall, List<NpsScore> months, List<LoyaltyGroup> groups,
                        Map<Loyalty, Long> withoutPurchase) {

    public NpsReport {
        months = List.copyOf(months);
        groups = List.copyOf(groups);
        withoutPurchase = Map.copyOf(withoutPurchase);
    }

    public static NpsReport read(Connection c, LocalDate asOf) throws SQLException {
        List<NpsScore> scores = AnalysisQuery.list(c, NpsReport.class, "nps_scores.sql", asOf, r -> {
            LocalDate month = r.getObject("month", LocalDate.class);
            return new NpsScore(month == null ? null : YearMonth.from(month), r.getLong("responses"),
                    r.getLong("promoters"), r.getLong("passives"), r.getLong("detractors"));
        });
        NpsScore overall = scores.isEmpty() ? new NpsScore(null, 0, 0, 0, 0) : scores.get(0);
        AnalysisQuery.run(c, NpsReport.class, "nps_loyalty.sql", asOf);
        AnalysisFacts.use(c, asOf);
        AnalysisQuery.run(c, NpsReport.class, "nps_bought.sql", asOf);
        Map<Loyalty, LoyaltyGroup> read = new EnumMap<>(Loyalty.class);
        Map<Loyalty, Long> withoutPurchase = new EnumMap<>(Loyalty.class);
        for (LoyaltyGroup g : AnalysisQuery.list(c, NpsReport.class, "nps_groups.sql", asOf, r -> {
            LoyaltyGroup group = new LoyaltyGroup(Loyalty.ofKey(r.getString("loyalty")), r.getLong("customers"),
                    r.getLong("orders"), r.getBigDecimal("sales"), r.getLong("referrals"), r.getLong("referrers"));
            withoutPurchase.put(group.loyalty(), r.getLong("without_purchase"));
            return group;
        })) {
            read.put(g.loyalty(), g);
        }
        List<LoyaltyGroup> groups = new ArrayList<>();
        for (Loyalty l : Loyalty.values()) {
            groups.add(read.getOrDefault(l, new LoyaltyGroup(l, 0, 0, BigDecimal.ZERO, 0, 0)));
            withoutPurchase.putIfAbsent(l, 0L);
        }
        return new NpsReport(asOf, overall, scores.isEmpty() ? List.of() : scores.subList(1, scores.size()), groups,
                withoutPurchase);
    }

    /** The ids of the customers whose latest answer puts them in {@code loyalty}: the group as a segment. */
    public static List<String> members(Connection c, LocalDate asOf, Loyalty loyalty) throws SQLException {
        AnalysisQuery.run(c, NpsReport.class, "nps_loyalty.sql", asOf);
        Variables.set(c, "hako_loyalty", loyalty.key());
        return AnalysisQuery.list(c, NpsReport.class, "nps_members.sql", asOf, r -> r.getString(1));
    }

    /**
     * The customers whose latest answer puts them in {@code loyalty} and who have no purchase at
     * {@code asOf}, in id order: the part of the group the customer list cannot show.
     */
    public static List<Respondent> withoutPurchase(Connection c, LocalDate asOf, Loyalty loyalty) throws SQLException {
        AnalysisFacts.use(c, asOf);
        AnalysisQuery.run(c, NpsReport.class, "nps_loyalty.sql", asOf);
        Variables.set(c, "hako_loyalty", loyalty.key());
        return AnalysisQuery.list(c, NpsReport.class, "nps_without_purchase.sql", asOf,
                r -> new Respondent(r.getString("customer_id"), r.getString("name"), r.getInt("score"),
                        r.getObject("responded_on", LocalDate.class)));
    }

    /** How many of {@code loyalty}'s customers have no purchase at as-of. */
    public long withoutPurchase(Loyalty loyalty) {
        return withoutPurchase.get(loyalty);
    }

    public LoyaltyGroup of(Loyalty loyalty) {
        return groups.get(loyalty.ordinal());
    }
}
