package hako.imports;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;

/**
 * How to import: the shop's time zone, and what the user said explicitly.
 *
 * @param encoding null to detect
 * @param kind     null to recognise each file by its headers
 * @param mapping  explicit field → header overrides (detection fills in the rest)
 * @param dryRun   validate and report, write nothing
 * @param tempDir  where transcoded copies go
 * @param files    per file, what a person chose (name, encoding, kind, mapping); takes precedence
 */
public record ImportOptions(ZoneId zone, Charset encoding, ImportKind kind, Map<Field, String> mapping,
                            boolean dryRun, Path tempDir, Map<Path, FileChoices> files) {

    public ImportOptions {
        mapping = Map.copyOf(mapping);
        files = Map.copyOf(files);
    }

    public static ImportOptions defaults(ZoneId zone) {
        return new ImportOptions(zone, null, null, Map.of(), false, Path.of(System.getProperty("java.io.tmpdir")),
                Map.of());
    }

    /** The choices for {@code path}: its own, or its file name and the import's options. */
    public FileChoices choicesFor(Path path) {
        FileChoices own = files.get(path);
        return own != null ? own : new FileChoices(path.getFileName().toString(), encoding, kind, null);
    }

    public ImportOptions file(Path path, FileChoices choices) {
        Map<Path, FileChoices> all = new java.util.HashMap<>(files);
        all.put(path, choices);
        return new ImportOptions(zone, encoding, kind, mapping, dryRun, tempDir, all);
    }

    public ImportOptions tempDir(Path value) {
        return new ImportOptions(zone, encoding, kind, mapping, dryRun, value, files);
    }

    public ImportOptions dryRun(boolean value) {
        return new ImportOptions(zone, encoding, kind, mapping, value, tempDir, files);
    }

    public ImportOptions kind(ImportKind value) {
        return new ImportOptions(zone, encoding, value, mapping, dryRun, tempDir, files);
    }

    public ImportOptions encoding(Charset value) {
        return new ImportOptions(zone, value, kind, mapping, dryRun, tempDir, files);
    }

    public ImportOptions mapping(Map<Field, String> value) {
        return new ImportOptions(zone, encoding, kind, value, dryRun, tempDir, files);
    }
}
