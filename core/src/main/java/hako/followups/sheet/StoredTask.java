package hako.followups.sheet;

import hako.followups.Channel;
import hako.followups.Outcome;
import hako.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** A task as the database has it, to check a sheet's row against. */
record StoredTask(long taskId, String customerId, LocalDate dueDate, Channel channel, int stepNo,
                  String droppedReason, Outcome outcome, String staff, String note, LocalDate contactedOn) {

    /** The stored tasks among {@code ids}, by id. */
    static Map<Long, StoredTask> of(Connection c, Collection<Long> ids) throws SQLException {
        Sql.run(c, StoredTask.class, "import_stage.sql");
        try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "sheet_tasks")) {
            for (long id : ids) {
                a.beginRow();
                a.append(id);
                a.endRow();
            }
        }
        Map<Long, StoredTask> tasks = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery(Sql.load(StoredTask.class, "import_tasks.sql"))) {
            while (r.next()) {
                String outcome = r.getString("outcome");
                StoredTask t = new StoredTask(r.getLong("task_id"), r.getString("customer_id"),
                        TaskRows.date(r, "due_date"), Channel.ofKey(r.getString("channel")), r.getInt("step_no"),
                        r.getString("dropped_reason"), outcome == null ? null : Outcome.parse(outcome),
                        r.getString("staff"), r.getString("note"), TaskRows.date(r, "contacted_on"));
                tasks.put(t.taskId(), t);
            }
        } finally {
            Sql.run(c, StoredTask.class, "import_unstage.sql");
        }
        return tasks;
    }
}
