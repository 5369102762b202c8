package hako.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Defines Hako's parsing macros ({@code macros.sql}) on a connection. */
final class SqlMacros {

    private SqlMacros() {
    }

    static void define(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String stmt : Sql.statements(SqlMacros.class, "macros.sql")) {
                s.execute(stmt);
            }
        }
    }
}
