package hako.followups;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks) into records,
 * each with the line it starts on, so that errors can name it.
 */
final class CsvRecords {

    /** One record: its fields and the 1-based line it starts on. */
    record Row(int line, List<String> fields) {

        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private CsvRecords() {
    }

    /** The records of {@code text}; a quote left open is refused with the line it opened on. */
    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    line += ch == '\n' ? 1 : 0;
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                quoteLine = line;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                rows.add(new Row(start, List.copyOf(fields)));
                fields.clear();
                line++;
                start = line;
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + quoteLine + ": a quote (\") opened here is never closed");
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(start, List.copyOf(fields)));
        }
        return rows;
    }
}
