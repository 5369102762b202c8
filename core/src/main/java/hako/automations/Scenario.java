package hako.automations;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The three automations, keyed as in {@code automation_triggers.scenario}. */
public enum Scenario {
    CART_ABANDONMENT,
    BROWSE_RETARGETING,
    RECOMMENDATION;

    /** {@code cart_abandonment}, as stored and as written in URLs and commands. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scenario ofKey(String key) {
        for (Scenario s : values()) {
            if (s.key().equals(key.strip().toLowerCase(Locale.ROOT).replace('-', '_'))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown scenario \"" + key + "\": use "
                + Arrays.stream(values()).map(Scenario::key).collect(Collectors.joining(", ")));
    }
}
