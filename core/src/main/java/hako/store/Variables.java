package hako.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** DuckDB session variables: the way values reach Hako's SQL scripts without being spliced into SQL. */
public final class Variables {

    private Variables() {
    }

    /** Sets {@code name} to {@code value}, its type taken from the Java value. */
    public static void set(Connection c, String name, Object value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SET VARIABLE " + name + " = ?")) {
            p.setObject(1, value);
            p.execute();
        }
    }

    /** Sets {@code name} to {@code value} cast to {@code sqlType} (DATE, DECIMAL(18, 8), …). */
    public static void set(Connection c, String name, String sqlType, Object value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SET VARIABLE " + name + " = ?::" + sqlType)) {
            p.setObject(1, value);
            p.execute();
        }
    }

    /** Sets {@code name} to a list of {@code sqlType}. */
    public static void setList(Connection c, String name, String sqlType, Object[] values) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SET VARIABLE " + name + " = ?::" + sqlType + "[]")) {
            p.setObject(1, c.createArrayOf(sqlType, values));
            p.execute();
        }
    }
}
