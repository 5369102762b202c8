package hako.analyses.decomposition;

import java.util.Locale;

/** Whose purchases a row counts: everyone's, new customers' (first purchase in the month) or the others'. */
public enum Buyers {
    ALL, NEW, EXISTING;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code all}, {@code new} or {@code existing}. */
    public static Buyers ofKey(String key) {
        for (Buyers b : values()) {
            if (b.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown buyers \"" + key + "\": use all, new or existing");
    }
}
