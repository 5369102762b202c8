package hako.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens a shop database (a DuckDB file, or an in-memory one for tests) with Hako's schema applied
 * and Hako's SQL macros defined on the connection.
 */
public final class ShopDatabase {

    private static final Pattern LOCK_PID = Pattern.compile("PID (\\d+)");

    private ShopDatabase() {
    }

    /** Opens (creating if needed) the database file and brings its schema up to date. */
    public static Connection open(Path file) throws SQLException {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create folder " + parent + ": " + e.getMessage(), e);
        }
        return prepare(connect("jdbc:duckdb:" + file.toAbsolutePath(), file));
    }

    /**
     * Opens a database file that must already exist (commands that only read), bringing its schema
     * up to date; unlike {@link #open} it never creates one.
     *
     * @throws IllegalArgumentException when there is no such file, saying how to make one
     */
    public static Connection openExisting(Path file) throws SQLException {
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(file + " is a folder, not a shop database");
        }
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("no shop database at " + file + ": import an order export first,"
                    + " e.g. hako import --db " + file + " orders.csv");
        }
        return prepare(connect("jdbc:duckdb:" + file.toAbsolutePath(), file));
    }

    /**
     * Another connection to the database {@code open} gave, for one more thread of the same process
     * (DuckDB lets only one process hold the file), with Hako's macros defined on it.
     */
    public static Connection another(Connection opened) throws SQLException {
        Connection c = opened.unwrap(org.duckdb.DuckDBConnection.class).duplicate();
        try {
            SqlMacros.define(c);
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** An in-memory database with the full schema, for tests and throw-away work. */
    public static Connection inMemory() throws SQLException {
        return prepare(connect("jdbc:duckdb:", null));
    }

    private static Connection connect(String url, Path file) throws SQLException {
        Properties props = new Properties();
        props.setProperty("duckdb.read_only", "false");
        try {
            return DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            if (file != null && e.getMessage() != null && e.getMessage().contains("Could not set lock")) {
                throw new DatabaseInUseException(file, pidOf(e.getMessage()), e);
            }
            throw e;
        }
    }

    private static String pidOf(String message) {
        Matcher m = LOCK_PID.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    private static Connection prepare(Connection connection) throws SQLException {
        try {
            Migrations.apply(connection);
            SqlMacros.define(connection);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }
}
