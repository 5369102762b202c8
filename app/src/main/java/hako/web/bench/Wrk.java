package hako.web.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** wrk, the load tool, run as a second process with one of the benchmarks' Lua scripts. */
final class Wrk {

    private Wrk() {
    }

    /** Runs wrk with {@code script} (a resource in this package) before {@code arguments}; what it printed. */
    static String run(String script, List<String> arguments) throws IOException, InterruptedException {
        Path file = Files.createTempFile("hako-wrk", ".lua");
        try {
            try (InputStream in = Wrk.class.getResourceAsStream("/hako/web/bench/" + script)) {
                Files.write(file, in.readAllBytes());
            }
            List<String> command = new ArrayList<>(List.of("wrk", "-s", file.toString()));
            command.addAll(arguments);
            Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            wrk.waitFor();
            return output;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
