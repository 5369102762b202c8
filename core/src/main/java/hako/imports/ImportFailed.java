package hako.imports;

import java.util.List;

/**
 * An import was refused and nothing was written. Holds the first errors (at most
 * {@link #MAX_LISTED}) and how many there were in all.
 */
public final class ImportFailed extends Exception {

    public static final int MAX_LISTED = 20;

    private final List<ImportError> errors;
    private final long total;

    public ImportFailed(List<ImportError> errors, long total) {
        super(summary(errors, total));
        this.errors = List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_LISTED)));
        this.total = total;
    }

    static ImportFailed of(ImportError error) {
        return new ImportFailed(List.of(error), 1);
    }

    public List<ImportError> errors() {
        return errors;
    }

    public long total() {
        return total;
    }

    private static String summary(List<ImportError> errors, long total) {
        StringBuilder b = new StringBuilder();
        b.append(total == 1 ? "1 error" : total + " errors").append(", nothing was imported:");
        errors.stream().limit(MAX_LISTED).forEach(e -> b.append("\n  ").append(e));
        if (total > Math.min(errors.size(), MAX_LISTED)) {
            b.append("\n  … and ").append(total - Math.min(errors.size(), MAX_LISTED)).append(" more");
        }
        return b.toString();
    }
}
