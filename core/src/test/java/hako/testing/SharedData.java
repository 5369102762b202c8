package hako.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The public datasets in the team's shared folder ({@code ../shared/data} beside the repository). */
public final class SharedData {

    private SharedData() {
    }

    public static Path file(String relative) {
        String configured = System.getProperty("hako.shared.data");
        Path base = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "data");
        Path file = base.resolve(relative).normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("shared dataset missing: " + file.toAbsolutePath()
                    + " (the repository expects ../shared/data beside it)");
        }
        return file;
    }
}
