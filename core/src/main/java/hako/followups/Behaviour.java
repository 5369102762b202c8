package hako.followups;

import java.util.Locale;

/** Purchase behaviour a plan can target (DOMAIN.md: "segment by behaviour"). */
public enum Behaviour {
    /** F = 1. */
    ONE_TIME,
    /** F ≥ 2. */
    MULTI_BUYER,
    /** Bought a product that has a usage cycle ({@code products.cycle_days}). */
    USAGE_CYCLE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Behaviour ofKey(String key) {
        for (Behaviour b : values()) {
            if (b.key().equalsIgnoreCase(key.strip())) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown behaviour \"" + key + "\": use one_time, multi_buyer or usage_cycle");
    }
}
