package hako.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file through a temporary one beside it, so that a refused export leaves nothing behind. */
final class OutputFile {

    @FunctionalInterface
    interface Body<T> {
        T write(OutputStream out) throws Exception;
    }

    private OutputFile() {
    }

    static <T> T write(Path file, Body<T> body) throws Exception {
        Path part = file.toAbsolutePath().resolveSibling("." + file.getFileName() + ".part");
        try {
            T result;
            try (OutputStream out = Files.newOutputStream(part)) {
                result = body.write(out);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            return result;
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
