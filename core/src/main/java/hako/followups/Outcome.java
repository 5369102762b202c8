package hako.followups;

import java.util.Locale;

/**
 * How a ticked-off task ended. Every outcome counts as a contact for the 3-3-2 check: the message
 * was sent or the call was tried, whether or not the customer answered.
 */
public enum Outcome {
    DONE("済", "Done"),
    NO_ANSWER("反応なし", "No answer"),
    PURCHASED("購入", "Purchased");

    private final String ja;
    private final String en;

    Outcome(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    /** As stored: {@code no_answer}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? ja : en;
    }

    /** The outcome of a stored key or of its Japanese or English label (as typed in a sheet). */
    public static Outcome parse(String text) {
        String t = text == null ? "" : text.strip();
        for (Outcome o : values()) {
            if (o.key().equalsIgnoreCase(t) || o.ja.equals(t) || o.en.equalsIgnoreCase(t)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown outcome \"" + text + "\": use 済, 反応なし or 購入"
                + " (done, no_answer, purchased)");
    }
}
