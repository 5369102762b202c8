package hako.delivery;

import java.util.Locale;

/** Which channels carry a message when the customer can be reached on both. */
public enum ChannelPreference {
    /** Email and LINE both. */
    BOTH,
    /** LINE when the customer can get LINE messages, else email. */
    LINE_FIRST,
    /** Email when the customer can get email, else LINE. */
    EMAIL_FIRST;

    /** {@code both}, {@code line-first} or {@code email-first}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ChannelPreference of(String text) {
        for (ChannelPreference p : values()) {
            if (p.key().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new IllegalArgumentException("delivery.channels: \"" + text + "\" is not both, line-first or email-first");
    }
}
