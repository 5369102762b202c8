package hako.store;

import java.nio.file.Path;
import java.sql.SQLException;

/** The database file is held by another process: a running Hako (another import; later the web app). */
public final class DatabaseInUseException extends SQLException {

    public DatabaseInUseException(Path file, String pid, Throwable cause) {
        super(file + " is in use by another Hako process" + (pid == null ? "" : " (PID " + pid + ")")
                + ", for example another import (later also the web app). DuckDB lets only one process open a"
                + " database file at a time: wait for that process to finish, or stop it, and try again.", cause);
    }
}
