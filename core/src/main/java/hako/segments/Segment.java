package hako.segments;

import hako.analyses.groups.CustomerGroup;
import hako.customers.Cluster;
import hako.customers.Stage;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A named condition on the customer table: stage, cluster, TOP tier, ranges of F and R, an analysis
 * group (behaviour segment or NPS loyalty, stored by {@link hako.analyses.groups.GroupSnapshot}), the
 * month of the first purchase (a cohort), the predictive {@link ClvCondition} (churn risk, P(alive),
 * CLV) and the customers an analysis table's row counts ({@link AnalysisRow}). A null part means "any".
 * {@code tier} means within that TOP tier, tighter tiers included (TOP 10 % holds the TOP 1 %), unlike
 * the exclusive {@code cluster}.
 */
public record Segment(Stage stage, Cluster cluster, Cluster tier, Long fMin, Long fMax, Long rMin, Long rMax,
                      CustomerGroup group, YearMonth firstMonth, ClvCondition clv, AnalysisRow row) {

    /** Every customer. */
    public static final Segment ALL = new Segment(null, null, null, null, null, null, null);

    /** A segment without group, cohort or conditions on the CLV scores. */
    public Segment(Stage stage, Cluster cluster, Cluster tier, Long fMin, Long fMax, Long rMin, Long rMax) {
        this(stage, cluster, tier, fMin, fMax, rMin, rMax, null, null, ClvCondition.NONE, null);
    }

    /** A segment with a group or cohort, without conditions on the CLV scores. */
    public Segment(Stage stage, Cluster cluster, Cluster tier, Long fMin, Long fMax, Long rMin, Long rMax,
                   CustomerGroup group, YearMonth firstMonth) {
        this(stage, cluster, tier, fMin, fMax, rMin, rMax, group, firstMonth, ClvCondition.NONE, null);
    }

    /** A segment without the customers of an analysis row. */
    public Segment(Stage stage, Cluster cluster, Cluster tier, Long fMin, Long fMax, Long rMin, Long rMax,
                   CustomerGroup group, YearMonth firstMonth, ClvCondition clv) {
        this(stage, cluster, tier, fMin, fMax, rMin, rMax, group, firstMonth, clv, null);
    }

    /** A segment with conditions on the CLV scores, without group or cohort. */
    public Segment(Stage stage, Cluster cluster, Cluster tier, Long fMin, Long fMax, Long rMin, Long rMax,
                   ClvCondition clv) {
        this(stage, cluster, tier, fMin, fMax, rMin, rMax, null, null, clv, null);
    }

    public Segment {
        clv = clv == null ? ClvCondition.NONE : clv;
        if (tier != null && tier.tierLevel() == 0) {
            throw new IllegalArgumentException("tier must be top1, top10 or top20, not " + tier.key());
        }
        requireRange("F", fMin, fMax);
        requireRange("R", rMin, rMax);
    }

    /** Only the customers of {@code group}. */
    public static Segment ofGroup(CustomerGroup group) {
        return new Segment(null, null, null, null, null, null, null, group, null);
    }

    /** Only the customers whose first purchase was in {@code month}. */
    public static Segment ofCohort(YearMonth month) {
        return new Segment(null, null, null, null, null, null, null, null, month);
    }

    /** The same with {@code value} as its group. */
    public Segment withGroup(CustomerGroup value) {
        return new Segment(stage, cluster, tier, fMin, fMax, rMin, rMax, value, firstMonth, clv, row);
    }

    /** This segment with {@code condition} on the CLV scores in place of its own. */
    public Segment withClv(ClvCondition condition) {
        return new Segment(stage, cluster, tier, fMin, fMax, rMin, rMax, group, firstMonth, condition, row);
    }

    /** This segment narrowed to the customers an analysis table's row counts. */
    public Segment withRow(AnalysisRow value) {
        return new Segment(stage, cluster, tier, fMin, fMax, rMin, rMax, group, firstMonth, clv, value);
    }

    /** Only customers in {@code stage}. */
    public static Segment ofStage(Stage stage) {
        return new Segment(stage, null, null, null, null, null, null);
    }

    /** A short reading of the condition, e.g. "既存客維持 · TOP10% · F 2–5 · R ≤ 60". */
    public String describe(Locale locale) {
        boolean ja = "ja".equals(locale.getLanguage());
        List<String> parts = new ArrayList<>();
        if (stage != null) {
            parts.add(stage.label(locale));
        }
        if (cluster != null) {
            parts.add((ja ? "クラスター " : "cluster ") + cluster.label(locale));
        }
        if (tier != null) {
            parts.add((ja ? "" : "within ") + tier.label(locale) + (ja ? "以内" : ""));
        }
        range("F", fMin, fMax).ifPresent(parts::add);
        range("R", rMin, rMax).map(s -> s + (ja ? "日" : " days")).ifPresent(parts::add);
        if (group != null) {
            parts.add(group.label(locale));
        }
        if (firstMonth != null) {
            parts.add((ja ? "初回購入 " : "first purchase ") + firstMonth);
        }
        clv.describe(locale, parts);
        if (row != null) {
            parts.add(row.describe(locale));
        }
        return parts.isEmpty() ? (ja ? "全顧客" : "all customers") : String.join(" · ", parts);
    }

    static java.util.Optional<String> range(String name, Long min, Long max) {
        if (min == null && max == null) {
            return java.util.Optional.empty();
        }
        if (min != null && max != null) {
            return java.util.Optional.of(min.equals(max) ? name + " = " + min : name + " " + min + "–" + max);
        }
        return java.util.Optional.of(min != null ? name + " ≥ " + min : name + " ≤ " + max);
    }

    static void requireRange(String name, Long min, Long max) {
        if ((min != null && min < 0) || (max != null && max < 0)) {
            throw new IllegalArgumentException(name + " bounds cannot be negative");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException(name + " from " + min + " is above " + name + " to " + max);
        }
    }
}
