package hako.delivery;

import java.util.Locale;

/** A way an automated message reaches a customer. */
public enum Channel {
    EMAIL, LINE;

    /** As stored in the outbox: {@code email}, {@code line}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
