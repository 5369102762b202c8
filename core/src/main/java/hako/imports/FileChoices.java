package hako.imports;

import java.nio.charset.Charset;
import java.util.Map;

/**
 * What a person decided about one file of an import, after seeing its {@link ImportPreview}: the
 * name to report it by, and optionally its encoding, its kind and its complete column mapping.
 *
 * @param name     how errors and the import record name the file (an upload's own name, not its path)
 * @param encoding null to detect
 * @param kind     null to recognise the file by its headers
 * @param mapping  null to detect; else every field to read, field → header, and no other field
 */
public record FileChoices(String name, Charset encoding, ImportKind kind, Map<Field, String> mapping) {

    public FileChoices {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a file needs a name");
        }
        mapping = mapping == null ? null : Map.copyOf(mapping);
    }

    /** Only a name: everything else detected. */
    public static FileChoices named(String name) {
        return new FileChoices(name, null, null, null);
    }
}
