package hako.board;

import java.util.Locale;

/** The five elements planned for each stage: one box each, 4 × 5 = the 20 boxes. */
public enum Element {
    SEGMENT,
    OFFER,
    CREATIVE,
    TIMING,
    CHANNEL;

    /** As stored and in URLs: {@code creative}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Element ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
