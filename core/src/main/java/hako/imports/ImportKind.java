package hako.imports;

import java.util.Locale;

/** What a file holds. */
public enum ImportKind {
    ORDERS, CUSTOMERS, PRODUCTS,
    /** Acquisition spend per month (and channel), for CPO. */
    ACQUISITION_SPEND,
    /** NPS survey answers: customer, date, score 0–10, comment. */
    NPS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ImportKind parse(String text) {
        for (ImportKind kind : values()) {
            if (kind.label().equalsIgnoreCase(text.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown kind \"" + text + "\": use orders, customers, products, acquisition_spend or nps");
    }
}
