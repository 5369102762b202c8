package hako.cli;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a database file existed before a command opened it. Opening creates the file, its
 * {@code .wal} and any missing folders; a command that ends up writing nothing (a dry run, a refused
 * import) removes them again, so that "nothing was written" holds for the disk too.
 */
final class CreatedDatabase {

    private final Path file;
    /** The outermost path that did not exist (the file or a folder above it); null if the file existed. */
    private final Path firstMissing;

    private CreatedDatabase(Path file, Path firstMissing) {
        this.file = file;
        this.firstMissing = firstMissing;
    }

    /** Call before opening {@code file}. */
    static CreatedDatabase before(Path file) {
        Path absolute = file.toAbsolutePath();
        if (Files.exists(absolute)) {
            return new CreatedDatabase(absolute, null);
        }
        Path missing = absolute;
        while (missing.getParent() != null && !Files.exists(missing.getParent())) {
            missing = missing.getParent();
        }
        return new CreatedDatabase(absolute, missing);
    }

    /** Deletes what opening created: nothing if the file existed before. Call once it is closed. */
    void remove() throws IOException {
        if (firstMissing == null) {
            return;
        }
        Files.deleteIfExists(Path.of(file + ".wal"));
        Files.deleteIfExists(file);
        for (Path folder = file.getParent(); folder != null && folder.startsWith(firstMissing);
                folder = folder.getParent()) {
            try {
                Files.deleteIfExists(folder);
            } catch (DirectoryNotEmptyException someoneElsesFiles) {
                return;
            }
        }
    }

    /** {@link #remove} while {@code failure} is on its way out: a cleanup problem must not hide it. */
    void removeAfter(Exception failure) {
        try {
            remove();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
