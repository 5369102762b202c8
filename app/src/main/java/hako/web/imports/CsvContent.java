package hako.web.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells an upload that cannot be a CSV export from its first bytes: an image, an archive or Excel
 * workbook, a PDF, other binary data, or nothing at all. The importer would refuse these too, but
 * with a message about columns that would puzzle someone who picked the wrong file.
 */
enum CsvContent {
    EMPTY, PNG, JPEG, GIF, PDF, ZIP, EXCEL, GZIP, BINARY;

    private static final int SAMPLE = 64 * 1024;

    /** What the file is instead of CSV text, or empty when it may well be CSV. */
    static Optional<CsvContent> problem(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE);
        }
        if (head.length == 0) {
            return Optional.of(EMPTY);
        }
        for (CsvContent kind : values()) {
            if (kind.magic() != null && startsWith(head, kind.magic())) {
                return Optional.of(kind);
            }
        }
        for (byte b : head) {
            if (b == 0) {
                return Optional.of(BINARY);
            }
        }
        return Optional.empty();
    }

    /** The message key naming what the file looks like. */
    String key() {
        return "imports.notcsv." + name().toLowerCase(java.util.Locale.ROOT);
    }

    private int[] magic() {
        return switch (this) {
            case PNG -> new int[] {0x89, 'P', 'N', 'G'};
            case JPEG -> new int[] {0xFF, 0xD8, 0xFF};
            case GIF -> new int[] {'G', 'I', 'F', '8'};
            case PDF -> new int[] {'%', 'P', 'D', 'F'};
            case ZIP -> new int[] {'P', 'K', 3, 4};
            case EXCEL -> new int[] {0xD0, 0xCF, 0x11, 0xE0};
            case GZIP -> new int[] {0x1F, 0x8B};
            default -> null;
        };
    }

    private static boolean startsWith(byte[] head, int[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
