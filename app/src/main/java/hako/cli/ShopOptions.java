package hako.cli;

import hako.events.EventStore;
import hako.settings.HakoSettings;
import hako.store.ShopDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command that works on a shop shares: the database and the settings. */
final class ShopOptions {

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "${env:HAKO_DB:-shop.duckdb}",
            description = "Shop database file (DuckDB), default ${DEFAULT-VALUE}.")
    Path db;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (properties). Default: $HAKO_CONFIG, else ./hako.properties if present.")
    Path config;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Shop time zone (default Asia/Tokyo).")
    String zone;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override one setting, e.g. --set stage.churn_days=90 (see README for the keys).")
    Map<String, String> overrides = new LinkedHashMap<>();

    /**
     * Opens the shop's existing database, taking in first the purchases posted to the events API that a server
     * stopped without taking in (a crash: a running server takes them in every {@code events.refresh_minutes}
     * and when it stops), so that the command's numbers stand on every order the database holds.
     */
    Connection openExisting() throws SQLException {
        Connection c = ShopDatabase.openExisting(db);
        try {
            EventStore.takeIn(c);
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** Defaults, then the settings file, then flags. */
    HakoSettings settings() throws IOException {
        HakoSettings s = HakoSettings.DEFAULTS;
        Path file = config;
        if (file == null && System.getenv("HAKO_CONFIG") != null) {
            file = Path.of(System.getenv("HAKO_CONFIG"));
        }
        if (file == null && Files.isRegularFile(Path.of("hako.properties"))) {
            file = Path.of("hako.properties");
        }
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("settings file not found: " + file);
            }
            s = HakoSettings.load(file);
        }
        Map<String, String> flags = new LinkedHashMap<>(overrides);
        for (String key : flags.keySet()) {
            if (!HakoSettings.KEYS.contains(key)) {
                throw new IllegalArgumentException("--set " + key + ": unknown setting; known: "
                        + new java.util.TreeSet<>(HakoSettings.KEYS));
            }
        }
        if (zone != null) {
            flags.put("zone", zone);
        }
        return s.with(flags);
    }
}
