package hako.cli;

import hako.followups.sheet.FileFormat;
import hako.followups.sheet.TaskRange;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --format}, {@code -o} and {@code --lang} of the commands that write a sheet or a list. */
final class ExportFileOptions {

    @Option(names = "--format", paramLabel = "FORMAT", description = "xlsx or csv.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Output file (default <what>-<month or range>.<format> in this folder).")
    Path output;

    @Option(names = "--lang", defaultValue = "ja", description = "ja or en headers and labels (default ${DEFAULT-VALUE}).")
    String lang;

    FileFormat format(FileFormat otherwise) {
        if (format == null) {
            return otherwise;
        }
        try {
            return FileFormat.ofExtension(format);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format " + format + ": use xlsx or csv", e);
        }
    }

    Locale locale() {
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "ja" -> Locale.JAPANESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new IllegalArgumentException("--lang " + lang + ": use ja or en");
        };
    }

    /** {@code -o}, else {@code what-2026-12.xlsx}. */
    Path file(String what, TaskRangeOptions options, TaskRange range, FileFormat f) {
        return output != null ? output : Path.of(what + "-" + options.fileStem(range) + "." + f.extension());
    }

    /** Who runs the command, for the audit log. */
    static String osUser() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "cli" : user;
    }
}
