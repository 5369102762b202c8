package hako.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An export file as found on disk: its encoding, delimiter and header names. Files that are not
 * UTF-8 are transcoded in a stream to a temporary UTF-8 copy, which is what DuckDB reads.
 */
final class CsvFile {

    private static final int SAMPLE = 1 << 20;

    private final Path path;
    private final String name;
    private final Charset charset;
    private final char delimiter;
    private final List<String> headers;
    private final List<String> firstRow;

    private CsvFile(Path path, String name, Charset charset, char delimiter, List<String> headers,
                    List<String> firstRow) {
        this.path = path;
        this.name = name;
        this.charset = charset;
        this.delimiter = delimiter;
        this.headers = headers;
        this.firstRow = firstRow;
    }

    /** Reads the start of {@code path}; {@code forced} overrides encoding detection when not null. */
    static CsvFile open(Path path, Charset forced) throws IOException, ImportFailed {
        return open(path, path.getFileName().toString(), forced);
    }

    /** As {@link #open(Path, Charset)}, naming the file {@code name} in errors and reports. */
    static CsvFile open(Path path, String name, Charset forced) throws IOException, ImportFailed {
        if (!Files.isRegularFile(path)) {
            throw ImportFailed.of(new ImportError(name, 0, null, "no such file: " + path));
        }
        byte[] sample = new byte[SAMPLE];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(sample, 0, SAMPLE);
        }
        int bom = n >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF ? 3 : 0;
        Charset charset = forced != null ? forced : bom > 0 ? StandardCharsets.UTF_8 : Encodings.detect(sample, n);
        String text = new String(sample, bom, Math.min(n - bom, 64 * 1024), charset);
        String headerLine = firstRecord(text);
        if (headerLine.isBlank()) {
            throw ImportFailed.of(new ImportError(name, 1, null,
                    "the file is empty: expected a header line with column names"));
        }
        if (headerLine.indexOf('\uFFFD') >= 0) {
            // Undecodable header bytes would otherwise surface as unknown column names.
            throw ImportFailed.of(new ImportError(name, 1, null, "bytes that are not valid "
                    + label(charset) + " (is the file in another encoding? use --encoding)"));
        }
        char delimiter = delimiterOf(headerLine);
        List<String> headers = split(headerLine, delimiter);
        String rest = text.substring(headerLine.length()).replaceFirst("^[\r\n]+", "");
        List<String> firstRow = rest.isBlank() ? List.of() : split(firstRecord(rest), delimiter);
        return new CsvFile(path, name, charset, delimiter, headers, firstRow);
    }

    Path path() {
        return path;
    }

    String name() {
        return name;
    }

    Charset charset() {
        return charset;
    }

    boolean isUtf8() {
        return charset.equals(StandardCharsets.UTF_8);
    }

    char delimiter() {
        return delimiter;
    }

    List<String> headers() {
        return headers;
    }

    /** The values of the first data record (as far as the sample reaches), empty when there is none. */
    List<String> firstRow() {
        return firstRow;
    }

    /** The encoding as a user would name it. */
    String encodingLabel() {
        return label(charset);
    }

    private static String label(Charset charset) {
        return charset.equals(Encodings.WINDOWS_31J) ? "Shift_JIS (Windows-31J)" : charset.displayName();
    }

    private static String firstRecord(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    private static char delimiterOf(String header) {
        char best = ',';
        long bestCount = -1;
        for (char candidate : new char[] {',', '\t', ';', '|'}) {
            long count = split(header, candidate).size();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    static List<String> split(String record, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
