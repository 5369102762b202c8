package hako.followups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hako.store.ShopDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TicksTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    private Connection db;

    @BeforeEach
    void tasks() throws SQLException {
        db = ShopDatabase.inMemory();
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO followup_tasks (task_id, plan_id, step_no, customer_id, channel, anchor_date,"
                    + " due_date, generated_at, dropped_reason) VALUES"
                    + " (1, 'multi', 1, 'C1', 'email', DATE '2026-11-01', DATE '2026-12-01', now(), NULL),"
                    + " (2, 'multi', 2, 'C1', 'phone', DATE '2026-11-01', DATE '2026-12-16', now(), NULL),"
                    + " (3, 'multi', 1, 'C2', 'email', DATE '2026-11-01', DATE '2026-12-01', now(), 'no_consent')");
        }
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void aTickSetsTheOutcomeAndWritesOneContact() throws Exception {
        assertEquals(1, Ticks.apply(db, "sato", List.of(new Tick(1, Outcome.DONE, "佐藤", "  ", DAY))));
        assertEquals("done|佐藤|null|sato", one("SELECT outcome || '|' || staff || '|' || coalesce(note, 'null')"
                + " || '|' || ticked_by FROM followup_tasks WHERE task_id = 1"));
        assertEquals("C1|2026-12-03|email|done", one("SELECT customer_id || '|' || contacted_on || '|' || channel"
                + " || '|' || outcome FROM contacts"));
    }

    @Test
    void tickingATaskAgainReplacesItsContact() throws Exception {
        Ticks.apply(db, "sato", List.of(new Tick(1, Outcome.NO_ANSWER, null, null, DAY)));
        Ticks.apply(db, "sato", List.of(new Tick(1, Outcome.PURCHASED, null, "ordered", DAY.plusDays(1))));
        assertEquals("1|purchased|2026-12-04", one("SELECT count(*) || '|' || any_value(outcome) || '|'"
                + " || any_value(contacted_on) FROM contacts"));
    }

    @Test
    void anUnknownOrDroppedTaskRefusesTheWholeBatch() throws Exception {
        TicksRefused refused = assertThrows(TicksRefused.class, () -> Ticks.apply(db, "sato", List.of(
                new Tick(1, Outcome.DONE, null, null, DAY),
                new Tick(3, Outcome.DONE, null, null, DAY),
                new Tick(99, Outcome.DONE, null, null, DAY))));
        assertEquals(List.of(3L, 99L), refused.problems().stream().map(TickProblem::taskId).toList());
        assertEquals("0", one("SELECT count(*) FROM contacts"));
        assertEquals("0", one("SELECT count(outcome) FROM followup_tasks"));
    }

    @Test
    void theSameTaskTwiceInOneBatchIsRefused() {
        TicksRefused refused = assertThrows(TicksRefused.class, () -> Ticks.apply(db, "sato", List.of(
                new Tick(2, Outcome.DONE, null, null, DAY), new Tick(2, Outcome.NO_ANSWER, null, null, DAY))));
        assertEquals("ticked more than once in this batch", refused.problems().get(0).message());
    }

    private String one(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
