package hako.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where records start in a CSV file. The importer numbers rows as records (header = 1), which is
 * the line number only while no quoted field spans lines and no line is blank; an error report
 * translates its few record numbers back to the lines a user sees in an editor.
 */
final class PhysicalLines {

    private PhysicalLines() {
    }

    /** The physical line on which each of {@code records} (1 = the header) starts. */
    static Map<Long, Long> of(Path utf8, Set<Long> records) throws IOException {
        Map<Long, Long> lines = new HashMap<>();
        long wanted = records.stream().mapToLong(Long::longValue).max().orElse(0);
        try (BufferedReader in = Files.newBufferedReader(utf8, StandardCharsets.UTF_8)) {
            long physical = 1;
            long record = 0;
            long start = 1;
            boolean quoted = false;
            boolean empty = true;
            int ch = in.read();
            while (ch >= 0 && record < wanted) {
                int next = in.read();
                boolean newline = ch == '\n' || ch == '\r';
                if (ch == '\r' && next == '\n') {
                    next = in.read();
                }
                if (ch == '"') {
                    quoted = !quoted;
                }
                if (newline && !quoted) {
                    if (!empty && records.contains(++record)) {
                        lines.put(record, start);
                    }
                    empty = true;
                } else if (!newline && empty) {
                    empty = false;
                    start = physical;
                }
                if (newline) {
                    physical++;
                }
                ch = next;
            }
            if (!empty && records.contains(++record)) {
                lines.put(record, start);
            }
        }
        return lines;
    }
}
