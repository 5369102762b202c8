package hako.imports;

import java.util.Locale;

/** What a file holds. */
public enum ImportKind {
    ORDERS, CUSTOMERS, PRODUCTS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ImportKind parse(String text) {
        for (ImportKind kind : values()) {
            if (kind.label().equalsIgnoreCase(text.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown kind \"" + text + "\": use orders, customers or products");
    }
}
