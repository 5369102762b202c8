package hako.cli;

import hako.followups.sheet.FileFormat;
import java.util.Locale;

/** Option values the sheet and list commands share. */
final class CliWords {

    private CliWords() {
    }

    static FileFormat format(String text) {
        for (FileFormat f : FileFormat.values()) {
            if (f.extension().equalsIgnoreCase(text.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("--format " + text + ": use xlsx or csv");
    }

    static Locale language(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "ja" -> Locale.JAPANESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new IllegalArgumentException("--lang " + text + ": use ja or en");
        };
    }

    /** Who runs the command, for the audit log and the contact history. */
    static String osUser() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "cli" : user;
    }
}
