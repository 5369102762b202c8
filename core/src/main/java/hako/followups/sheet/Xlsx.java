package hako.followups.sheet;

import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/** Cell writing shared by the sheet and the lists: dates as real dates, numbers as numbers. */
final class Xlsx {

    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String HEADER_FILL = "DDEBF7";

    private Xlsx() {
    }

    /** Writes {@code value} (a date, a number, text, or null for nothing). */
    static void put(Worksheet ws, int r, int c, Object value) {
        if (value instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format(DATE_FORMAT).set();
        } else if (value instanceof Number n) {
            ws.value(r, c, n);
        } else if (value != null) {
            ws.value(r, c, value.toString());
        }
    }

    /** A bold, filled header row with the given widths, frozen, with a filter. */
    static void header(Worksheet ws, List<String> headers, List<Double> widths) {
        for (int i = 0; i < headers.size(); i++) {
            ws.value(0, i, headers.get(i));
            ws.width(i, widths.get(i));
            ws.style(0, i).bold().fillColor(HEADER_FILL).set();
        }
        ws.freezePane(0, 1);
        ws.setAutoFilter(0, 0, headers.size() - 1);
    }
}
