package hako.segments;

import hako.customers.Cluster;
import hako.customers.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A named condition on the customer table: stage, cluster, TOP tier, ranges of F and R, and the predictive
 * {@link ClvCondition} (churn risk, P(alive), CLV). A null part means "any". {@code tier} means within that
 * TOP tier, tighter tiers included (TOP 10 % holds the TOP 1 %), unlike the exclusive {@code cluster}.
 */
public record Segment(Stage stage, Cluster cluster, Cluster tier, Long fMin, Long fMax, Long rMin, Long rMax,
                      ClvCondition clv) {

    /** Every customer. */
    public static final Segment ALL = new Segment(null, null, null, null, null, null, null);

    /** A segment without conditions on the CLV scores. */
    public Segment(Stage stage, Cluster cluster, Cluster tier, Long fMin, Long fMax, Long rMin, Long rMax) {
        this(stage, cluster, tier, fMin, fMax, rMin, rMax, ClvCondition.NONE);
    }

    public Segment {
        clv = clv == null ? ClvCondition.NONE : clv;
        if (tier != null && tier.tierLevel() == 0) {
            throw new IllegalArgumentException("tier must be top1, top10 or top20, not " + tier.key());
        }
        requireRange("F", fMin, fMax);
        requireRange("R", rMin, rMax);
    }

    /** This segment with {@code condition} on the CLV scores in place of its own. */
    public Segment withClv(ClvCondition condition) {
        return new Segment(stage, cluster, tier, fMin, fMax, rMin, rMax, condition);
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
        clv.describe(locale, parts);
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
