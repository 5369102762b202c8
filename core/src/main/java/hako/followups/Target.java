package hako.followups;

import hako.analyses.groups.CustomerGroup;
import hako.analyses.nps.Loyalty;
import hako.clv.ChurnRisk;
import hako.customers.Cluster;
import hako.customers.Stage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Whom a plan targets, on the customer table at an as-of date. Written as text in plan files:
 * {@code all}, or conditions joined by {@code ;}, all of which must hold:
 * <ul>
 *   <li>{@code cluster=top1} or {@code cluster=top10,top20} (any of), {@code cluster!=top1} (none of);</li>
 *   <li>{@code tier=top10}: within the TOP 10 %, tighter tiers included;</li>
 *   <li>{@code stage=retention}, {@code stage!=churn_prevention} (lists as for cluster);</li>
 *   <li>{@code behaviour=one_time} (F = 1), {@code multi_buyer} (F ≥ 2), {@code usage_cycle} (bought a
 *       product with a usage cycle); {@code behaviour!=…} for the opposite;</li>
 *   <li>{@code behaviour=heavy}, {@code seasonal} or {@code bulk}: a behaviour segment of the analyses
 *       (settings {@code behaviour.*}); {@code loyalty=high}, {@code mid} or {@code low}: the NPS loyalty
 *       group by the customer's latest answer (these take = only);</li>
 *   <li>{@code churn_risk=high} or {@code churn_risk=high,medium}, {@code churn_risk!=low}: the churn-risk band
 *       of the CLV scores stored for the as-of date (a customer without scores matches no band);</li>
 *   <li>{@code segment=retention}: the board's live segment behind that stage's segment box.</li>
 * </ul>
 * For example {@code behaviour=multi_buyer;cluster!=top1}.
 */
public record Target(String text, Set<Cluster> clusters, Set<Stage> stages, Cluster tier, Long fMin, Long fMax,
                     Boolean usageCycle, Stage boardSegment, Set<CustomerGroup> groups, Set<ChurnRisk> risks) {

    public static final Target ALL = parse("all");

    /** Reads the notation; a mistake is refused with what was expected. */
    public static Target parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("a target is needed: all, or conditions such as cluster=top1 or"
                    + " behaviour=multi_buyer;stage=retention");
        }
        Builder b = new Builder();
        if (!t.equalsIgnoreCase("all")) {
            for (String part : t.split(";")) {
                if (!part.isBlank()) {
                    b.condition(part.strip());
                }
            }
        }
        return b.build();
    }

    /** Whether this target can only hold TOP 1 % customers (the individual care of DOMAIN.md step 4). */
    public boolean onlyTop1() {
        return (clusters != null && clusters.equals(EnumSet.of(Cluster.TOP1))) || tier == Cluster.TOP1;
    }

    @Override
    public String toString() {
        return text;
    }

    private static final class Builder {
        private final List<String> parts = new ArrayList<>();
        private Set<Cluster> clusters;
        private Set<Stage> stages;
        private Cluster tier;
        private Long fMin;
        private Long fMax;
        private Boolean usageCycle;
        private Stage board;
        private final Set<CustomerGroup> groups = EnumSet.noneOf(CustomerGroup.class);
        private Set<ChurnRisk> risks;

        void condition(String part) {
            boolean not = part.contains("!=");
            String[] kv = part.split(not ? "!=" : "=", -1);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw new IllegalArgumentException("cannot read \"" + part + "\": write key=value or key!=value, with"
                        + " key cluster, tier, stage, behaviour, loyalty, churn_risk or segment");
            }
            String key = kv[0].strip().toLowerCase(Locale.ROOT);
            List<String> values = new ArrayList<>();
            for (String v : kv[1].split(",")) {
                values.add(v.strip().toLowerCase(Locale.ROOT));
            }
            switch (key) {
                case "cluster" -> clusters = narrow("cluster", clusters, Cluster.class, values, not, Builder::cluster);
                case "stage" -> stages = narrow("stage", stages, Stage.class, values, not, Builder::stage);
                case "tier" -> tier(single(key, values, not));
                case "behaviour", "behavior" -> behaviour(single(key, values, false), not);
                case "loyalty" -> group(CustomerGroup.of(Loyalty.ofKey(single(key, values, not))));
                case "segment" -> board = once(key, board, stage(single(key, values, not)));
                case "churn_risk" -> risks = narrow("churn_risk", risks, ChurnRisk.class, values, not, Builder::risk);
                default -> throw new IllegalArgumentException("unknown target key \"" + kv[0].strip()
                        + "\": use cluster, tier, stage, behaviour, loyalty, churn_risk or segment");
            }
            parts.add(key.replace("behavior", "behaviour") + (not ? "!=" : "=") + String.join(",", values));
        }

        private static String single(String key, List<String> values, boolean notAllowed) {
            if (notAllowed) {
                throw new IllegalArgumentException(key + " takes = only, not !=");
            }
            if (values.size() != 1) {
                throw new IllegalArgumentException(key + " takes one value, not " + String.join(",", values));
            }
            return values.get(0);
        }

        private static <T> T once(String key, T previous, T value) {
            if (previous != null) {
                throw new IllegalArgumentException(key + " is given twice");
            }
            return value;
        }

        private void tier(String value) {
            Cluster c = cluster(value);
            if (c.tierLevel() == 0) {
                throw new IllegalArgumentException("tier must be top1, top10 or top20, not " + value);
            }
            tier = once("tier", tier, c);
        }

        private void behaviour(String value, boolean not) {
            switch (value) {
                case "heavy", "seasonal", "bulk" -> {
                    if (not) {
                        throw new IllegalArgumentException("behaviour " + value + " takes = only, not !=");
                    }
                    group(CustomerGroup.ofKey(value));
                    return;
                }
                default -> {
                    Behaviour b;
                    try {
                        b = Behaviour.ofKey(value);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("unknown behaviour \"" + value
                                + "\": use one_time, multi_buyer, usage_cycle, heavy, seasonal or bulk", e);
                    }
                    behaviour(b, not);
                }
            }
        }

        private void group(CustomerGroup g) {
            if (g.loyalty() != null && groups.stream().anyMatch(x -> x.loyalty() != null && x != g)) {
                throw new IllegalArgumentException("a customer has one loyalty: two loyalty groups target nobody");
            }
            groups.add(g);
        }

        private void behaviour(Behaviour b, boolean not) {
            switch (b) {
                case ONE_TIME -> bound(not ? 2L : null, not ? null : 1L);
                case MULTI_BUYER -> bound(not ? null : 2L, not ? 1L : null);
                case USAGE_CYCLE -> {
                    if (usageCycle != null && usageCycle == not) {
                        throw new IllegalArgumentException("behaviour usage_cycle cannot be both required and excluded");
                    }
                    usageCycle = !not;
                }
            }
        }

        private void bound(Long min, Long max) {
            fMin = min == null ? fMin : Long.valueOf(Math.max(min, fMin == null ? 0 : fMin));
            fMax = max == null ? fMax : Long.valueOf(Math.min(max, fMax == null ? Long.MAX_VALUE : fMax));
            if (fMin != null && fMax != null && fMin > fMax) {
                throw new IllegalArgumentException("behaviour one_time and multi_buyer cannot both hold");
            }
        }

        private static <E extends Enum<E>> Set<E> narrow(String key, Set<E> current, Class<E> type, List<String> values,
                                                          boolean not, Function<String, E> read) {
            EnumSet<E> named = EnumSet.noneOf(type);
            values.forEach(v -> named.add(read.apply(v)));
            EnumSet<E> result = current == null ? EnumSet.allOf(type) : EnumSet.copyOf(current);
            if (not) {
                result.removeAll(named);
            } else {
                result.retainAll(named);
            }
            if (result.isEmpty()) {
                throw new IllegalArgumentException("the " + key + " conditions leave no " + key + ": nobody is targeted");
            }
            return result;
        }

        private static Cluster cluster(String value) {
            try {
                return Cluster.ofKey(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown cluster \"" + value
                        + "\": use top1, top10, top20, one_time, two_three or repeater");
            }
        }

        private static ChurnRisk risk(String value) {
            try {
                return ChurnRisk.ofKey(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown churn_risk \"" + value + "\": use low, medium or high");
            }
        }

        private static Stage stage(String value) {
            try {
                return Stage.ofKey(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown stage \"" + value
                        + "\": use acquisition, activation, retention or churn_prevention");
            }
        }

        Target build() {
            String text = parts.isEmpty() ? "all" : String.join(";", parts);
            return new Target(text, clusters == null ? null : Set.copyOf(clusters),
                    stages == null ? null : Set.copyOf(stages), tier, fMin, fMax, usageCycle, board, Set.copyOf(groups),
                    risks == null ? null : Set.copyOf(risks));
        }
    }
}
