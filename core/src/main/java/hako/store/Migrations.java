package hako.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Numbered schema migrations ({@code migrations/V1__orders.sql}, …) applied in order on open,
 * each in its own transaction, recorded in {@code schema_version}.
 */
final class Migrations {

    /** Every migration, in order. A new schema change is a new file added at the end. */
    static final List<String> ALL = List.of(
            "V1__shop.sql",
            "V2__web.sql",
            "V3__followups.sql",
            "V4__clv.sql",
            "V5__analyses.sql",
            "V6__events.sql",
            "V7__ingestion.sql",
            "V8__scenarios.sql",
            "V9__delivery.sql",
            "V10__analyses_web.sql",
            "V11__clv_web.sql",
            "V12__metrics_source.sql",
            "V13__automation_runs.sql",
            "V14__list_names.sql",
            "V15__analysis_facts.sql",
            "V16__live_taken.sql",
            "V17__snapshot_scores.sql");

    private Migrations() {
    }

    static void apply(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, script VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        int current = currentVersion(connection);
        for (int i = current; i < ALL.size(); i++) {
            run(connection, i + 1, ALL.get(i));
        }
    }

    private static int currentVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            r.next();
            int version = r.getInt(1);
            if (version > ALL.size()) {
                throw new SQLException("this database was written by a newer Hako (schema version " + version
                        + ", this Hako knows " + ALL.size() + "): upgrade Hako to open it");
            }
            return version;
        }
    }

    private static void run(Connection connection, int version, String script) throws SQLException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Sql.run(connection, Migrations.class, "migrations/" + script);
            try (PreparedStatement p = connection.prepareStatement(
                    "INSERT INTO schema_version VALUES (?, ?, current_timestamp::TIMESTAMP)")) {
                p.setInt(1, version);
                p.setString(2, script);
                p.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("schema migration " + script + " failed: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(auto);
        }
    }
}
