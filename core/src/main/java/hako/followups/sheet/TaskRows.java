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

    private TaskRows() {
    }

    public static List<TaskRow> list(Connection c, TaskRange range, PersonalData personal) throws Exception {
        List<TaskRow> rows = new ArrayList<>();
        forEach(c, range, personal, rows::add);
        return rows;
    }

    public static void forEach(Connection c, TaskRange range, PersonalData personal, Sink sink) throws Exception {
        try (PreparedStatement p = c.prepareStatement(Sql.load(TaskRows.class, "task_rows.sql"))) {
            for (int i = 1; i <= 5; i++) {
                p.setBoolean(i, personal == PersonalData.INCLUDED);
            }
            p.setObject(6, range.from());
            p.setObject(7, range.to());
            p.setFetchSize(4096);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    sink.accept(row(r, personal));
                }
            }
        }
    }

    private static TaskRow row(ResultSet r, PersonalData personal) throws SQLException {
        ContactDetails contact = personal == PersonalData.INCLUDED
                ? new ContactDetails(r.getString("email"), r.getString("phone"), r.getString("postal_code"),
                        r.getString("address"), r.getString("line_user_id"))
                : null;
        return new TaskRow(r.getLong("task_id"), date(r, "due_date"), r.getString("customer_id"),
                r.getString("name"), r.getString("plan_name"), r.getInt("step_no"), r.getString("message"),
                Channel.ofKey(r.getString("channel")), status(r), r.getString("staff"), r.getString("note"),
                date(r, "contacted_on"), contact);
    }

    private static TaskStatus status(ResultSet r) throws SQLException {
        String dropped = r.getString("dropped_reason");
        if (dropped != null) {
            return new TaskStatus.Dropped(dropped);
        }
        String outcome = r.getString("outcome");
        return outcome == null ? new TaskStatus.Open() : new TaskStatus.Ticked(Outcome.parse(outcome));
    }

    static LocalDate date(ResultSet r, String column) throws SQLException {
        return r.getObject(column, LocalDate.class);
    }
}
