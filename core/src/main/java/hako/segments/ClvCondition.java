package hako.segments;

import hako.clv.ChurnRisk;
import java.util.List;
import java.util.Locale;

/**
 * The predictive part of a segment, read from the CLV scores stored for the snapshot's as-of date: a churn-risk
 * band, a P(alive) range in percent (0–100) and a range of the predicted 365-day CLV in whole currency units.
 * A null part means "any". A customer without scores at that date matches no condition but {@link #NONE}.
 */
public record ClvCondition(ChurnRisk risk, Long aliveMin, Long aliveMax, Long clvMin, Long clvMax) {

    /** No condition on the scores. */
    public static final ClvCondition NONE = new ClvCondition(null, null, null, null, null);

    public ClvCondition {
        Segment.requireRange("P(alive)", aliveMin, aliveMax);
        if ((aliveMin != null && aliveMin > 100) || (aliveMax != null && aliveMax > 100)) {
            throw new IllegalArgumentException("P(alive) bounds are percent, 0 to 100");
        }
        Segment.requireRange("CLV", clvMin, clvMax);
    }

    /** Whether any part is set, so that the scores must be read. */
    public boolean any() {
        return risk != null || aliveMin != null || aliveMax != null || clvMin != null || clvMax != null;
    }

    void describe(Locale locale, List<String> parts) {
        boolean ja = "ja".equals(locale.getLanguage());
        if (risk != null) {
            parts.add(ja ? "離反リスク " + new String[] {"低", "中", "高"}[risk.ordinal()]
                    : risk.key() + " churn risk");
        }
        Segment.range("P(alive)", aliveMin, aliveMax).map(s -> s + "%").ifPresent(parts::add);
        Segment.range(ja ? "予測CLV" : "CLV", clvMin, clvMax).map(s -> s + (ja ? "円" : " yen")).ifPresent(parts::add);
    }
}
