package hako.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** DuckDB session variables, the way values reach the import scripts without being spliced into SQL. */
final class Variables {

    private Variables() {
    }

    static void set(Connection c, String name, Object value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SET VARIABLE " + name + " = ?")) {
            p.setObject(1, value);
            p.execute();
        }
    }

    static void setList(Connection c, String name, String sqlType, Object[] values) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SET VARIABLE " + name + " = ?::" + sqlType + "[]")) {
            p.setObject(1, c.createArrayOf(sqlType, values));
            p.execute();
        }
    }
}
