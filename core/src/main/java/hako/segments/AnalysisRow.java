package hako.segments;

import hako.analyses.ItemLevel;
import java.util.List;
import java.util.Locale;

/**
 * The customers one row of an analysis table counts, as a segment condition: those whose first order
 * held an entry item, or a journey group's customers whose first purchases followed a path. Read from
 * the analyses' facts stored for the as-of date ({@link hako.analyses.facts.AnalysisFacts#ensure}).
 */
public sealed interface AnalysisRow permits AnalysisRow.Entry, AnalysisRow.Path {

    ItemLevel level();

    /** A short reading for the list's heading. */
    String describe(Locale locale);

    /** Customers whose first order held {@code item} (a product key, or a category). */
    record Entry(ItemLevel level, String item) implements AnalysisRow {

        public Entry {
            if (level == null || item == null) {
                throw new IllegalArgumentException("an entry needs a level and an item");
            }
        }

        @Override
        public String describe(Locale locale) {
            return ("ja".equals(locale.getLanguage()) ? "初回注文に " : "first order held ") + item;
        }
    }

    /**
     * Customers of the journey group ({@code top1}: the TOP1% tier; else every repeat buyer, F ≥ 2) whose
     * first purchases' main items were {@code items}, in order (as many as they made, up to four).
     */
    record Path(boolean top1, ItemLevel level, List<String> items) implements AnalysisRow {

        /** The most purchases a journey follows. */
        public static final int STEPS = 4;

        public Path {
            items = List.copyOf(items);
            if (level == null || items.isEmpty() || items.size() > STEPS) {
                throw new IllegalArgumentException("a path has 1–" + STEPS + " items, not " + items.size());
            }
        }

        /** {@code top1} or {@code repeaters}. */
        public String group() {
            return top1 ? "top1" : "repeaters";
        }

        @Override
        public String describe(Locale locale) {
            return ("ja".equals(locale.getLanguage()) ? (top1 ? "TOP1% の経路 " : "リピーターの経路 ")
                    : (top1 ? "TOP1% path " : "repeaters' path ")) + String.join(" > ", items);
        }
    }
}
