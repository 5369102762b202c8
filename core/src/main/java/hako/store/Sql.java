package hako.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SQL text kept in {@code .sql} resources beside the class that runs it
 * ({@code hako/customers/metrics.sql} for {@code hako.customers.CustomerMetrics}).
 */
public final class Sql {

    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, Map<String, String>> FRAGMENTS = new ConcurrentHashMap<>();

    private Sql() {
    }

    /** The text of {@code name} in the package of {@code owner}. */
    public static String load(Class<?> owner, String name) {
        String path = "/" + owner.getPackageName().replace('.', '/') + "/" + name;
        return CACHE.computeIfAbsent(path, p -> read(owner, p));
    }

    /** The statements of a script, split on semicolons that end a line. */
    public static List<String> statements(Class<?> owner, String name) {
        List<String> result = new ArrayList<>();
        for (String part : load(owner, name).split(";\\s*(\\r?\\n|$)")) {
            String stmt = stripComments(part).strip();
            if (!stmt.isEmpty()) {
                result.add(stmt);
            }
        }
        return result;
    }

    /**
     * The named fragments of {@code name}: each begins at a line {@code -- @key} (or {@code -- @key: what it is})
     * and runs to the next, its comment lines left out.
     */
    public static Map<String, String> fragments(Class<?> owner, String name) {
        return FRAGMENTS.computeIfAbsent(owner.getPackageName() + "/" + name, k -> {
            Map<String, String> result = new LinkedHashMap<>();
            String key = null;
            StringBuilder text = new StringBuilder();
            for (String line : (load(owner, name) + "\n-- @").split("\n")) {
                if (line.startsWith("-- @")) {
                    if (key != null) {
                        result.put(key, stripComments(text.toString()).strip());
                    }
                    key = line.substring(4).split("[:\\s]", 2)[0];
                    text.setLength(0);
                } else if (key != null) {
                    text.append(line).append('\n');
                }
            }
            return Map.copyOf(result);
        });
    }

    /** Executes every statement of the script {@code name} in the package of {@code owner}, in order. */
    public static void run(Connection c, Class<?> owner, String name) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String stmt : statements(owner, name)) {
                s.execute(stmt);
            }
        }
    }

    private static String stripComments(String sql) {
        StringBuilder out = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.strip().startsWith("--")) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String read(Class<?> owner, String path) {
        try (InputStream in = owner.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
