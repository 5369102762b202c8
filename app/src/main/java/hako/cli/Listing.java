package hako.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows printed as CSV (for other tools) or as an aligned table (for people). */
final class Listing {

    enum Format { csv, table }

    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();
    private int[] right = new int[0];

    Listing(String... header) {
        this.header = header;
    }

    Listing alignRight(int... columns) {
        right = columns;
        return this;
    }

    /** A row; null cells print empty. */
    Listing row(Object... cells) {
        String[] text = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            text[i] = cells[i] == null ? "" : cells[i].toString();
        }
        rows.add(text);
        return this;
    }

    void print(Format format, PrintWriter out) {
        if (format == Format.csv) {
            out.println(String.join(",", header));
            for (String[] r : rows) {
                List<String> quoted = new ArrayList<>();
                for (String cell : r) {
                    quoted.add(Csv.quote(cell));
                }
                out.println(String.join(",", quoted));
            }
        } else {
            TextTable t = new TextTable(header).alignRight(right);
            rows.forEach(t::row);
            out.print(t.render());
        }
        out.flush();
    }
}
