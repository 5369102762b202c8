package hako.events;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Reads CSV records (RFC 4180: quoted fields may hold commas, quotes and line breaks), with the line each starts on. */
final class CsvRows {

    /** One record and the 1-based line it starts on. */
    record Row(long line, List<String> cells) {
    }

    private final Reader in;
    private long line = 1;
    private int peeked = -2;

    CsvRows(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the file. */
    Row next() throws IOException {
        int c = read();
        while (c == '\n' || c == '\r') {
            c = read();
        }
        if (c == -1) {
            return null;
        }
        long start = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new IOException("line " + start + ": a quoted field is not closed");
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        c = d;
                        continue;
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r' || c == -1) {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        peeked = d;
                    }
                }
                cells.add(cell.toString());
                return new Row(start, cells);
            } else {
                cell.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        int c;
        if (peeked != -2) {
            c = peeked;
            peeked = -2;
        } else {
            c = in.read();
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }
}
