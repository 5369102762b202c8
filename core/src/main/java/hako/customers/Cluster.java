package hako.customers;

import java.util.Locale;

/** The six exclusive customer clusters (first match wins, in this order). */
public enum Cluster {
    TOP1("TOP1%", "TOP 1%"),
    TOP10("TOP10%", "TOP 10%"),
    TOP20("TOP20%", "TOP 20%"),
    ONE_TIME("1回購入", "One-time buyers"),
    TWO_THREE("2〜3回購入", "2–3 purchases"),
    REPEATER("4回以上購入", "Repeaters (4+)");

    private final String ja;
    private final String en;

    Cluster(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    /** As spelled in DOMAIN.md and the customer table: {@code two_three}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? ja : en;
    }

    /** 1, 2, 3 for the TOP 1 / 10 / 20 % tiers (tighter is lower), 0 for the other clusters. */
    public int tierLevel() {
        return switch (this) {
            case TOP1 -> 1;
            case TOP10 -> 2;
            case TOP20 -> 3;
            default -> 0;
        };
    }

    public static Cluster ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
