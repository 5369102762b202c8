package hako.clv;

import java.util.Locale;

/** A customer's churn-risk band, by probability alive (thresholds in {@link ClvSettings}). */
public enum ChurnRisk {
    LOW, MEDIUM, HIGH;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChurnRisk ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
