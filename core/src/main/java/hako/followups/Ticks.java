package hako.followups;

import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Applies ticks to the management sheet's tasks: each ticked task gets its outcome, staff and note,
 * and the customer's contact history gets one contact for it (a task ticked again replaces its
 * contact). All or nothing: an unknown task, a dropped task or a task ticked twice in one batch
 * refuses the whole batch.
 */
public final class Ticks {

    private Ticks() {
    }

    /** Applies {@code ticks} as {@code user}; returns how many were applied. */
    public static int apply(Connection c, String user, Collection<Tick> ticks) throws SQLException, TicksRefused {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("ticks need the user applying them");
        }
        if (ticks.isEmpty()) {
            return 0;
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            Sql.run(c, Ticks.class, "ticks_stage.sql");
            stage(c, ticks);
            List<TickProblem> problems = problems(c);
            if (!problems.isEmpty()) {
                c.rollback();
                throw new TicksRefused(problems);
            }
            LocalDateTime now = LocalDateTime.now();
            List<String> statements = Sql.statements(Ticks.class, "ticks_apply.sql");
            for (String statement : statements) {
                try (PreparedStatement p = c.prepareStatement(statement)) {
                    if (statement.startsWith("UPDATE") || statement.startsWith("INSERT")) {
                        p.setString(1, user);
                        p.setObject(2, now);
                    }
                    p.executeUpdate();
                }
            }
            c.commit();
            return ticks.size();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static void stage(Connection c, Collection<Tick> ticks) throws SQLException {
        try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "ticks_in")) {
            for (Tick t : ticks) {
                a.beginRow();
                a.append(t.taskId());
                a.append(t.outcome().key());
                text(a, t.staff());
                text(a, t.note());
                a.append(t.contactedOn());
                a.endRow();
            }
        }
    }

    private static void text(DuckDBAppender a, String value) throws SQLException {
        if (value == null || value.isBlank()) {
            a.appendNull();
        } else {
            a.append(value.strip());
        }
    }

    private static List<TickProblem> problems(Connection c) throws SQLException {
        List<TickProblem> problems = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery(Sql.load(Ticks.class, "ticks_problems.sql"))) {
            while (r.next()) {
                problems.add(new TickProblem(r.getLong(1), wording(r.getString(2))));
            }
        }
        return problems;
    }

    private static String wording(String problem) {
        if (problem.startsWith("dropped:")) {
            return "this task was dropped (" + problem.substring("dropped:".length()) + ") and is not to be done";
        }
        return "unknown".equals(problem) ? "no such task" : "ticked more than once in this batch";
    }
}
