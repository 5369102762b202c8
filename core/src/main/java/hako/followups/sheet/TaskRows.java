package hako.followups.sheet;

import hako.followups.Channel;
import hako.followups.Outcome;
import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads the tasks due in a range, in due-date then task-id order. */
public final class TaskRows {

    /** Receives one row at a time, so that 100k tasks need not sit in memory. */
    @FunctionalInterface
    public interface Sink {
        void accept(TaskRow row) throws Exception;
    }

    /** Which tasks: all, those to do (open or ticked), or the dropped ones. */
    public enum Which { ALL, TO_DO, DROPPED }

    private TaskRows() {
    }

    public static List<TaskRow> list(Connection c, TaskRange range, PersonalData personal, Which which)
            throws Exception {
        List<TaskRow> rows = new ArrayList<>();
        forEach(c, range, personal, which, rows::add);
        return rows;
    }

    public static void forEach(Connection c, TaskRange range, PersonalData personal, Which which, Sink sink)
            throws Exception {
        try (PreparedStatement p = c.prepareStatement(Sql.load(TaskRows.class, "task_rows.sql"))) {
            for (int i = 1; i <= 5; i++) {
                p.setBoolean(i, personal == PersonalData.INCLUDED);
            }
            p.setObject(6, range.from());
            p.setObject(7, range.to());
            p.setBoolean(8, which == Which.ALL);
            p.setBoolean(9, which == Which.TO_DO);
            p.setFetchSize(4096);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    sink.accept(row(r, personal));
                }
            }
        }
    }

    /** By column position (task_rows.sql's order): looking columns up by name costs more than the rest. */
    private static TaskRow row(ResultSet r, PersonalData personal) throws SQLException {
        ContactDetails contact = personal == PersonalData.INCLUDED
                ? new ContactDetails(r.getString(14), r.getString(15), r.getString(16), r.getString(17),
                        r.getString(18))
                : null;
        return new TaskRow(r.getLong(1), r.getObject(2, LocalDate.class), r.getString(3), r.getString(4),
                r.getString(5), r.getInt(6), r.getString(7), Channel.ofKey(r.getString(8)), status(r),
                r.getString(11), r.getString(12), r.getObject(13, LocalDate.class), contact);
    }

    private static TaskStatus status(ResultSet r) throws SQLException {
        String dropped = r.getString(9);
        if (dropped != null) {
            return new TaskStatus.Dropped(dropped);
        }
        String outcome = r.getString(10);
        return outcome == null ? new TaskStatus.Open() : new TaskStatus.Ticked(Outcome.parse(outcome));
    }

    static LocalDate date(ResultSet r, String column) throws SQLException {
        return r.getObject(column, LocalDate.class);
    }
}
