package hako.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Defines Hako's parsing macros ({@code macros.sql}) on a connection. */
final class SqlMacros {

    private SqlMacros() {
    }

    static void define(Connection connection) throws SQLException {
        Sql.run(connection, SqlMacros.class, "macros.sql");
    }
}
