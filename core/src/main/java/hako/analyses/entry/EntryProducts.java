package hako.analyses.entry;

import hako.analyses.AnalysisQuery;
import hako.analyses.ItemLevel;
import hako.analyses.facts.AnalysisFacts;
import hako.store.Variables;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Entry products at an as-of date. The {@code top} entries by 12-month LTV, among those with at least
 * {@code minCustomers} customers whose 12 months have ended, are flagged. {@code withoutLines} counts
 * customers whose first order has no product lines (order-level exports) and so no entry.
 */
public record EntryProducts(LocalDate asOf, ItemLevel level, long withoutLines, List<EntryProduct> entries) {

    /** Entries flagged by default, and the fewest customers with 12 months an entry needs to be flagged. */
    public static final int TOP = 3;
    public static final int MIN_CUSTOMERS = 10;

    public EntryProducts {
        entries = List.copyOf(entries);
    }

    public static EntryProducts read(Connection c, LocalDate asOf, ItemLevel level, int top, int minCustomers)
            throws SQLException {
        AnalysisFacts.use(c, asOf);
        Variables.set(c, "hako_item_level", level.key());
        List<EntryProduct> read = AnalysisQuery.list(c, EntryProducts.class, "entry_products.sql", asOf,
                r -> new EntryProduct(r.getString("item"), r.getString("label"), r.getLong("customers"),
                        r.getLong("f2_90_base"), r.getLong("f2_90"), r.getLong("f2_180_base"), r.getLong("f2_180"),
                        r.getLong("repeaters"), AnalysisQuery.nullableDouble(r, "average_days_to_second"),
                        r.getLong("ltv12_base"), r.getBigDecimal("sales12"), false));
        long withoutLines = AnalysisQuery.variable(c, "hako_entry_without_lines");
        return new EntryProducts(asOf, level, withoutLines, flagTop(read, top, minCustomers));
    }

    private static List<EntryProduct> flagTop(List<EntryProduct> entries, int top, int minCustomers) {
        List<String> best = entries.stream().filter(e -> e.ltvBase() >= minCustomers && e.ltv12() != null)
                .sorted(EntrySort.LTV12.comparator(true)).limit(top).map(EntryProduct::item).toList();
        List<EntryProduct> flagged = new ArrayList<>();
        for (EntryProduct e : entries) {
            flagged.add(best.contains(e.item()) ? e.flagged() : e);
        }
        return flagged;
    }

    /** The entries sorted by {@code by}. */
    public List<EntryProduct> sorted(EntrySort by, boolean descending) {
        Comparator<EntryProduct> order = by.comparator(descending);
        return entries.stream().sorted(order).toList();
    }
}
