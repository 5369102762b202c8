package hako.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The word lists and catalogue the demo shop is made of, kept as text resources beside this package. */
final class DemoData {

    private DemoData() {
    }

    /** The non-blank lines of {@code name} that are not {@code #} comments. */
    static List<String> lines(String name) {
        String path = "/hako/demo/" + name;
        try (InputStream in = DemoData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing demo resource " + path);
            }
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tab-separated rows of {@code name}. */
    static List<String[]> rows(String name) {
        return lines(name).stream().map(line -> line.split("\t")).toList();
    }
}
