package hako.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Counts the non-blank CSV records of a file, a quoted field spanning lines counting once. Works
 * on the bytes: in UTF-8 and Shift_JIS a quote, CR or LF byte is never part of another character.
 */
final class RecordCount {

    private RecordCount() {
    }

    static long of(Path path) throws IOException {
        long records = 0;
        boolean quoted = false;
        boolean empty = true;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '"') {
                        quoted = !quoted;
                    }
                    if ((b == '\n' || b == '\r') && !quoted) {
                        records += empty ? 0 : 1;
                        empty = true;
                    } else if (b != '\n' && b != '\r') {
                        empty = false;
                    }
                }
            }
        }
        return records + (empty ? 0 : 1);
    }
}
