package hako.imports;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the importer makes of one file before anything is imported, for a person to confirm or
 * correct: the detected encoding, delimiter and kind, the file's headers, which header each field
 * would be read from, and the required fields no header was found for. The detection is the
 * importer's own, so what is confirmed is what is imported.
 *
 * @param kind    null when the headers do not tell (the person must choose)
 * @param mapping field → header, in field order, for the fields found
 * @param missing required fields without a header, as {@link Field#key()} (empty when ready)
 * @param rows    data records (lines after the header; a quoted field may span lines)
 * @param example header → its value in the first data record, to recognise a column by
 */
public record ImportPreview(String file, ImportKind kind, String encoding, Charset charset, char delimiter,
                            List<String> headers, Map<Field, String> mapping, List<String> missing, long rows,
                            Map<String, String> example) {

    public ImportPreview {
        headers = List.copyOf(headers);
        example = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(example));
        mapping = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
        missing = List.copyOf(missing);
    }

    /**
     * Reads the start of {@code path} as the importer would with {@code choices} (its name, and an
     * encoding or kind the person chose), and counts its records.
     *
     * @throws ImportFailed when the file cannot be read as CSV at all (empty, undecodable header)
     */
    public static ImportPreview of(Path path, FileChoices choices) throws IOException, ImportFailed {
        CsvFile file = CsvFile.open(path, choices.name(), choices.encoding());
        ImportKind kind = choices.kind() != null ? choices.kind()
                : ColumnMapping.guessKind(file.headers()).orElse(null);
        Map<Field, String> mapping = new LinkedHashMap<>();
        List<String> missing = List.of();
        if (kind != null) {
            ColumnMapping detected = ColumnMapping.detectLenient(kind, file.headers());
            for (Field field : fields(kind)) {
                detected.column(field).ifPresent(i -> mapping.put(field, file.headers().get(i)));
            }
            missing = Source.missing(detected);
        }
        return new ImportPreview(file.name(), kind, file.encodingLabel(), file.charset(), file.delimiter(),
                file.headers(), mapping, missing, RecordCount.of(path) - 1, example(file));
    }

    private static Map<String, String> example(CsvFile file) {
        Map<String, String> example = new LinkedHashMap<>();
        List<String> row = file.firstRow();
        for (int i = 0; i < file.headers().size() && i < row.size(); i++) {
            example.putIfAbsent(file.headers().get(i), row.get(i));
        }
        return example;
    }

    /** The fields a file of {@code kind} can have, in the order a form shows them. */
    public static List<Field> fields(ImportKind kind) {
        return Arrays.stream(Field.values()).filter(f -> f.appliesTo(kind)).toList();
    }

    /**
     * The required fields a person's mapping (field → header of {@code headers}) leaves without a
     * column, as {@link Field#key()}; empty when the file can be imported with it.
     */
    public static List<String> missing(ImportKind kind, List<String> headers, Map<Field, String> chosen) {
        return Source.missing(ColumnMapping.exact(kind, headers, chosen));
    }

    /** Whether {@code field} is one a file of {@code kind} cannot do without. */
    public static boolean required(ImportKind kind, Field field) {
        return Source.required(kind).contains(field);
    }
}
