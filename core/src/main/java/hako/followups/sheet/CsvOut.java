package hako.followups.sheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as Excel opens it right: UTF-8 with a byte-order mark (without it Excel reads Japanese as
 * Shift_JIS), CRLF line ends, fields quoted only when they must be.
 */
final class CsvOut implements RowsOut {

    private final Writer w;

    CsvOut(OutputStream out) throws IOException {
        w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF');
    }

    @Override
    public void row(List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            Object v = values.get(i);
            w.write(v == null ? "" : quote(v.toString()));
        }
        w.write("\r\n");
    }

    static String quote(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
                return '"' + value.replace("\"", "\"\"") + '"';
            }
        }
        return value;
    }

    /** Flushes; the caller owns the stream. */
    @Override
    public void close() throws IOException {
        w.flush();
    }
}
