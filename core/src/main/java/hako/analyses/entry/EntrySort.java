package hako.analyses.entry;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** The columns entry products sort by; undefined values (no customer old enough) always sort last. */
public enum EntrySort {
    CUSTOMERS(e -> (double) e.customers()),
    F2_90(EntryProduct::f2Rate90),
    F2_180(EntryProduct::f2Rate180),
    DAYS_TO_SECOND(EntryProduct::averageDaysToSecond),
    LTV12(e -> e.ltv12() == null ? null : e.ltv12().doubleValue());

    private final Function<EntryProduct, Double> value;

    EntrySort(Function<EntryProduct, Double> value) {
        this.value = value;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntrySort ofKey(String key) {
        for (EntrySort s : values()) {
            if (s.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown sort \"" + key + "\": use customers, f2_90, f2_180, days_to_second"
                + " or ltv12");
    }

    /** Largest first when {@code descending}; ties by item. */
    Comparator<EntryProduct> comparator(boolean descending) {
        Comparator<Double> order = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(value, Comparator.nullsLast(order)).thenComparing(EntryProduct::item);
    }
}
