package hako.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What happened on the site. {@link #IDENTIFY} (a login) links the visitor to a customer and is not kept as an event. */
public enum EventType {
    PRODUCT_VIEW,
    ADD_TO_CART,
    REMOVE_FROM_CART,
    CHECKOUT,
    PURCHASE,
    IDENTIFY;

    /** The name senders use and the {@code events.type} column holds: {@code add_to_cart}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the event names a product (a view or a cart change, and each line of a purchase). */
    boolean needsProduct() {
        return this == PRODUCT_VIEW || this == ADD_TO_CART || this == REMOVE_FROM_CART || this == PURCHASE;
    }

    static EventType ofKey(String key) throws BadEvent {
        for (EventType t : values()) {
            if (t.key().equals(key)) {
                return t;
            }
        }
        throw new BadEvent("type", "unknown type \"" + key + "\": use "
                + Arrays.stream(values()).map(EventType::key).collect(Collectors.joining(", ")));
    }
}
