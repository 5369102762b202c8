package hako.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBPreparedStatement;
import org.duckdb.QueryProgress;

/** Runs a long DuckDB statement while reporting its progress from DuckDB's own counters. */
public final class ProgressQuery {

    /** Receives percent done (0–100) of a named step. */
    @FunctionalInterface
    public interface Listener {
        void advance(String phase, long done, long total);
    }

    private ProgressQuery() {
    }

    /** Runs {@code sql} (no parameters), reporting its progress to {@code listener} as {@code phase}. */
    public static void execute(Connection c, String sql, String phase, Listener listener) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            DuckDBPreparedStatement duck = p.unwrap(DuckDBPreparedStatement.class);
            ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "hako-progress");
                t.setDaemon(true);
                return t;
            });
            poller.scheduleAtFixedRate(() -> report(duck, phase, listener), 250, 250, TimeUnit.MILLISECONDS);
            try {
                p.execute();
            } finally {
                poller.shutdownNow();
            }
            listener.advance(phase, 100, 100);
        }
    }

    private static void report(DuckDBPreparedStatement statement, String phase, Listener listener) {
        try {
            QueryProgress progress = statement.getQueryProgress();
            double percent = progress.getPercentage();
            if (percent >= 0) {
                listener.advance(phase, Math.round(percent), 100);
            }
        } catch (SQLException | RuntimeException ignored) {
            // progress is best effort: the statement may just have finished
        }
    }

    /** The single number a query returns. */
    public static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
