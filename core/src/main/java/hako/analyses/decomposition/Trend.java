package hako.analyses.decomposition;

/** A factor against the same month a year earlier; NONE when a year earlier has no value to compare. */
public enum Trend {
    UP, DOWN, FLAT, NONE;

    static Trend of(Double ratio) {
        if (ratio == null) {
            return NONE;
        }
        return ratio > 1 ? UP : ratio < 1 ? DOWN : FLAT;
    }
}
