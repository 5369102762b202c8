package hako.store;

import java.nio.file.Path;
import java.sql.SQLException;

/** The database file is held by another process, usually a running {@code hako serve}. */
public final class DatabaseInUseException extends SQLException {

    public DatabaseInUseException(Path file, String pid, Throwable cause) {
        super(file + " is in use by another Hako process" + (pid == null ? "" : " (PID " + pid + ")")
                + ", for example a running `hako serve`. DuckDB lets only one process open a database file:"
                + " stop that process, or work through it, and try again.", cause);
    }
}
