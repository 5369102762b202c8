package hako.followups.sheet;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Worksheet;

/**
 * Rows written to one worksheet, dates as real dates and numbers as numbers. Column styles are
 * applied per block of rows just before the block is flushed: fastexcel styles a range by merging
 * each distinct style once, where styling cell by cell would cost a style lookup per cell.
 */
final class Xlsx {

    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String HEADER_FILL = "DDEBF7";
    private static final int BLOCK = 4096;

    private final Worksheet ws;
    private final Map<Integer, UnaryOperator<StyleSetter>> styles = new HashMap<>();
    private final java.util.Set<Integer> inline = new java.util.HashSet<>();
    private int rows;
    private int styled;

    Xlsx(Worksheet ws) {
        this.ws = ws;
    }

    Worksheet sheet() {
        return ws;
    }

    int rows() {
        return rows;
    }

    /** Styles every data cell of {@code column}, empty ones included. */
    Xlsx style(int column, UnaryOperator<StyleSetter> style) {
        styles.merge(column, style, (a, b) -> s -> b.apply(a.apply(s)));
        return this;
    }

    /**
     * Text in {@code column} is mostly different on every row (ids, names, addresses): written in
     * the cell rather than in the shared-string table, which only pays for repeated text and costs
     * a hash lookup per cell and a sort of the whole table at the end.
     */
    Xlsx inline(int column) {
        inline.add(column);
        return this;
    }

    /** Dates in {@code column} as 2026-12-01. */
    Xlsx dates(int column) {
        return style(column, s -> s.format(DATE_FORMAT));
    }

    /** A bold, filled header row with the given widths, frozen, with a filter. */
    Xlsx header(List<String> headers, List<Double> widths) {
        for (int i = 0; i < headers.size(); i++) {
            ws.value(0, i, headers.get(i));
            ws.width(i, widths.get(i));
            ws.style(0, i).bold().wrapText(true).verticalAlignment("center").fillColor(HEADER_FILL).set();
        }
        ws.freezePane(0, 1);
        ws.setAutoFilter(0, 0, headers.size() - 1);
        return this;
    }

    /** Appends a row of values: a date, a number, text, or null for an empty cell. */
    void row(List<?> values) throws IOException {
        int r = ++rows;
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof LocalDate d) {
                ws.value(r, c, d);
            } else if (value instanceof Number n) {
                ws.value(r, c, n);
            } else if (value != null && inline.contains(c)) {
                ws.inlineString(r, c, value.toString());
            } else if (value != null) {
                ws.value(r, c, value.toString());
            }
        }
        if (r - styled >= BLOCK) {
            flush();
        }
    }

    /** Styles the rows written since the last flush and writes them out. */
    void flush() throws IOException {
        if (rows > styled) {
            for (Map.Entry<Integer, UnaryOperator<StyleSetter>> e : styles.entrySet()) {
                e.getValue().apply(ws.range(styled + 1, e.getKey(), rows, e.getKey()).style()).set();
            }
            styled = rows;
        }
        ws.flush();
    }
}
