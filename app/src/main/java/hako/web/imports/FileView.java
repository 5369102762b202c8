package hako.web.imports;

import hako.events.EventsCsvImport;
import hako.imports.Field;
import hako.imports.ImportFailed;
import hako.imports.ImportKind;
import hako.imports.ImportPreview;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * One file on the confirmation page: what was detected, the mapping to show (the detected one, or
 * what the person chose), the required fields it lacks, or why the file cannot be read at all.
 *
 * @param preview null when {@code problem} says why the file cannot be read
 * @param events  a site events file (its header holds the events API's field names, at least
 *                {@link EventsCsvImport#REQUIRED}): imported as events, with no kind or mapping to choose
 */
public record FileView(UploadedFile file, ImportPreview preview, String problem, Map<Field, String> mapping,
                List<String> missing, boolean events) {

    static FileView of(UploadedFile file) throws IOException {
        try {
            ImportPreview p = ImportPreview.of(file.path(), file.choices());
            if (file.kind() == null && p.headers().stream().map(String::strip).toList()
                    .containsAll(EventsCsvImport.REQUIRED)) {
                return new FileView(file, p, null, Map.of(), List.of(), true);
            }
            return new FileView(file, p, null, p.mapping(), p.missing(), false);
        } catch (ImportFailed e) {
            return new FileView(file, null, e.errors().get(0).message(), Map.of(), List.of(), false);
        }
    }

    /** The same file showing the person's own mapping. */
    FileView chosen(Map<Field, String> chosen, List<String> stillMissing) {
        return new FileView(file, preview, problem, chosen, stillMissing, events);
    }

    /** The kind of an orders, customers, … file; null when unknown or for an events file. */
    public ImportKind kind() {
        return preview == null || events ? null : preview.kind();
    }

    public List<Field> fields() {
        return kind() == null ? List.of() : ImportPreview.fields(kind());
    }

    public boolean required(Field field) {
        return ImportPreview.required(kind(), field);
    }

    /** Whether the file can be imported as shown. */
    public boolean ready() {
        return preview != null && (events || kind() != null) && missing.isEmpty();
    }

    /** The delimiter as a person names it. */
    public String delimiterName() {
        return switch (preview.delimiter()) {
            case '\t' -> "tab";
            case ';' -> "semicolon";
            case '|' -> "pipe";
            default -> "comma";
        };
    }
}
