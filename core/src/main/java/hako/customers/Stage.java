package hako.customers;

import java.util.Locale;

/** The four lifecycle stages, left to right on the board. */
public enum Stage {
    ACQUISITION("新規獲得", "Acquisition"),
    ACTIVATION("既存客活性", "Activation"),
    RETENTION("既存客維持", "Retention"),
    CHURN_PREVENTION("既存客離脱防止", "Churn prevention");

    private final String ja;
    private final String en;

    Stage(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    /** As spelled in DOMAIN.md and the customer table: {@code churn_prevention}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? ja : en;
    }

    public static Stage ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
