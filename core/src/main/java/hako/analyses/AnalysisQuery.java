package hako.analyses;

import hako.store.Sql;
import hako.store.Variables;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs an analysis script: the purchases at the as-of date are defined ({@code purchases.sql}), the
 * as-of date is the variable {@code hako_analysis_as_of}, every statement but the last is executed
 * and the last one's rows are mapped.
 */
public final class AnalysisQuery {

    /** Maps the current row of a result. */
    @FunctionalInterface
    public interface Rows<T> {
        T map(ResultSet r) throws SQLException;
    }

    private AnalysisQuery() {
    }

    /** The rows of script {@code name} (in the package of {@code owner}) at {@code asOf}. */
    public static <T> List<T> list(Connection c, Class<?> owner, String name, LocalDate asOf, Rows<T> rows)
            throws SQLException {
        Sql.run(c, AnalysisQuery.class, "purchases.sql");
        Variables.set(c, "hako_analysis_as_of", "DATE", asOf.toString());
        List<String> statements = Sql.statements(owner, name);
        List<T> result = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            for (String stmt : statements.subList(0, statements.size() - 1)) {
                s.execute(stmt);
            }
            try (ResultSet r = s.executeQuery(statements.get(statements.size() - 1))) {
                while (r.next()) {
                    result.add(rows.map(r));
                }
            }
        }
        return result;
    }

    /** Runs every statement of script {@code name} at {@code asOf} (scripts that build tables for others). */
    public static void run(Connection c, Class<?> owner, String name, LocalDate asOf) throws SQLException {
        Sql.run(c, AnalysisQuery.class, "purchases.sql");
        Variables.set(c, "hako_analysis_as_of", "DATE", asOf.toString());
        Sql.run(c, owner, name);
    }

    /** The value of a session variable an analysis script set. */
    public static long variable(Connection c, String name) throws SQLException {
        try (java.sql.PreparedStatement p = c.prepareStatement("SELECT getvariable(?)")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The first purchase date on or before {@code asOf}, or null when there is none. */
    public static LocalDate firstPurchase(Connection c, LocalDate asOf) throws SQLException {
        return list(c, AnalysisQuery.class, "first_purchase.sql", asOf, r -> r.getObject(1, LocalDate.class)).get(0);
    }

    /**
     * Drops the temporary tables and views the analyses leave on {@code c} ({@code hako_…}, among them
     * the customer metrics some compute): a pooled connection goes back without them, and without the
     * memory they hold.
     */
    public static void dropWorkTables(Connection c) throws SQLException {
        List<String[]> found = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery(Sql.load(AnalysisQuery.class, "work_tables.sql"))) {
            while (r.next()) {
                found.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        try (Statement s = c.createStatement()) {
            for (String[] t : found) {
                s.execute("DROP " + t[0] + " IF EXISTS temp.main.\"" + t[1].replace("\"", "\"\"") + "\"");
            }
        }
        Sql.run(c, AnalysisQuery.class, "work_tables_forget.sql");
    }

    /** A nullable DOUBLE column (null stays null, never 0). */
    public static Double nullableDouble(ResultSet r, String column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }
}
