package hako.web.customers;

import hako.analyses.ItemLevel;
import hako.segments.AnalysisRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * The customer list's parameters that come from an analysis table's row (the entry products' and the
 * journey paths' counts link here): {@code entry} (an item of the first order) or {@code journey}
 * ({@code top1} or {@code repeaters}) with {@code path1}…{@code path4}, both at {@code level}
 * ({@code product}, the default, or {@code category}).
 */
record RowParams(String level, String entry, String journey, String path1, String path2, String path3,
                 String path4) {

    /** The row asked for, or null when none is. */
    AnalysisRow read(MessageSourceAccessor text) {
        if (FilterParams.blank(entry) && FilterParams.blank(journey)) {
            return null;
        }
        ItemLevel l = level(text);
        if (!FilterParams.blank(entry)) {
            return new AnalysisRow.Entry(l, entry);
        }
        if (!"top1".equals(journey.strip()) && !"repeaters".equals(journey.strip())) {
            throw unknown("journey", journey, Stream.of("top1", "repeaters"), text);
        }
        List<String> items = new ArrayList<>();
        for (String p : new String[] {path1, path2, path3, path4}) {
            if (p == null || p.isEmpty()) {
                break;
            }
            items.add(p);
        }
        if (items.isEmpty()) {
            throw unknown("path1", "", Stream.of("…"), text);
        }
        return new AnalysisRow.Path("top1".equals(journey.strip()), l, items);
    }

    private ItemLevel level(MessageSourceAccessor text) {
        if (FilterParams.blank(level)) {
            return ItemLevel.PRODUCT;
        }
        try {
            return ItemLevel.ofKey(level);
        } catch (IllegalArgumentException e) {
            throw unknown("level", level, Arrays.stream(ItemLevel.values()).map(ItemLevel::key), text);
        }
    }

    private static IllegalArgumentException unknown(String name, String value, Stream<String> allowed,
                                                    MessageSourceAccessor text) {
        return new IllegalArgumentException(text.getMessage("customers.bad.choice",
                new Object[] {name, FilterParams.shown(value), String.join(", ", allowed.toList())}));
    }
}
