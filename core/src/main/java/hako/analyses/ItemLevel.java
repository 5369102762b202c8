package hako.analyses;

import java.util.Locale;

/** What a purchase is described by: its product, or the product's category (products master). */
public enum ItemLevel {
    PRODUCT, CATEGORY;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code product} or {@code category}. */
    public static ItemLevel ofKey(String key) {
        for (ItemLevel l : values()) {
            if (l.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown level \"" + key + "\": use product or category");
    }
}
