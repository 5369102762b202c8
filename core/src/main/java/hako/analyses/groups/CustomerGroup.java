package hako.analyses.groups;

import hako.analyses.behaviour.Behaviour;
import hako.analyses.nps.Loyalty;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A group an analysis defines that can be used as a segment: a behaviour segment or an NPS loyalty
 * group. Behaviour groups overlap; a customer is in at most one loyalty group.
 */
public enum CustomerGroup {
    HEAVY(Behaviour.HEAVY, null),
    ONE_TIME(Behaviour.ONE_TIME, null),
    SEASONAL(Behaviour.SEASONAL, null),
    BULK(Behaviour.BULK, null),
    LOYALTY_HIGH(null, Loyalty.HIGH),
    LOYALTY_MID(null, Loyalty.MID),
    LOYALTY_LOW(null, Loyalty.LOW);

    private final Behaviour behaviour;
    private final Loyalty loyalty;

    CustomerGroup(Behaviour behaviour, Loyalty loyalty) {
        this.behaviour = behaviour;
        this.loyalty = loyalty;
    }

    /** {@code heavy}, {@code one_time}, {@code seasonal}, {@code bulk}, {@code loyalty_high} … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label(Locale locale) {
        return behaviour != null ? behaviour.label(locale) : loyalty.label(locale);
    }

    /** The behaviour segment, or null for a loyalty group. */
    public Behaviour behaviour() {
        return behaviour;
    }

    /** The loyalty group, or null for a behaviour segment. */
    public Loyalty loyalty() {
        return loyalty;
    }

    public static CustomerGroup of(Behaviour behaviour) {
        return Arrays.stream(values()).filter(g -> g.behaviour == behaviour).findFirst().orElseThrow();
    }

    public static CustomerGroup of(Loyalty loyalty) {
        return Arrays.stream(values()).filter(g -> g.loyalty == loyalty).findFirst().orElseThrow();
    }

    public static CustomerGroup ofKey(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (CustomerGroup g : values()) {
            if (g.key().equals(k)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown group \"" + key + "\": use " + keys());
    }

    /** Every key, for messages. */
    public static String keys() {
        return Arrays.stream(values()).map(CustomerGroup::key).collect(Collectors.joining(", "));
    }
}
