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
 */
public record ImportOptions(ZoneId zone, Charset encoding, ImportKind kind, Map<Field, String> mapping,
                            boolean dryRun, Path tempDir) {

    public ImportOptions {
        mapping = Map.copyOf(mapping);
    }

    public static ImportOptions defaults(ZoneId zone) {
        return new ImportOptions(zone, null, null, Map.of(), false, Path.of(System.getProperty("java.io.tmpdir")));
    }

    public ImportOptions dryRun(boolean value) {
        return new ImportOptions(zone, encoding, kind, mapping, value, tempDir);
    }

    public ImportOptions kind(ImportKind value) {
        return new ImportOptions(zone, encoding, value, mapping, dryRun, tempDir);
    }

    public ImportOptions encoding(Charset value) {
        return new ImportOptions(zone, value, kind, mapping, dryRun, tempDir);
    }

    public ImportOptions mapping(Map<Field, String> value) {
        return new ImportOptions(zone, encoding, kind, value, dryRun, tempDir);
    }
}
