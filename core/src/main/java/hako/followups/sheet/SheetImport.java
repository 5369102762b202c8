package hako.followups.sheet;

import hako.followups.Outcome;
import hako.followups.Tick;
import hako.followups.TickProblem;
import hako.followups.Ticks;
import hako.followups.TicksRefused;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies a filled-in management sheet: every row with an outcome becomes a tick; a row with the
 * outcome left empty leaves its task as it is. Everything is checked before anything is applied —
 * unreadable cells, unknown task ids, edited key columns, dropped tasks ticked — and any problem
 * refuses the whole sheet with every problem listed.
 */
public final class SheetImport {

    private SheetImport() {
    }

    /**
     * Applies {@code file} as {@code user}.
     *
     * @param today the day an empty contacted-on date stands for, and the latest date accepted
     */
    public static SheetImportReport apply(Connection c, Path file, String user, LocalDate today)
            throws IOException, SQLException, SheetRefused {
        SheetReader sheet = new SheetReader().read(file);
        List<SheetProblem> problems = new ArrayList<>(sheet.problems());
        Map<Long, StoredTask> stored = StoredTask.of(c, sheet.entries().stream().map(SheetEntry::taskId).toList());
        for (SheetEntry e : sheet.entries()) {
            new RowCheck(sheet, e, stored.get(e.taskId()), today, problems).run();
        }
        refuseIf(file, problems);
        return apply(c, file, user, today, sheet.entries(), stored);
    }

    private static SheetImportReport apply(Connection c, Path file, String user, LocalDate today,
                                           List<SheetEntry> entries, Map<Long, StoredTask> stored)
            throws SQLException, SheetRefused {
        Map<Outcome, Integer> applied = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            applied.put(o, 0);
        }
        List<Tick> ticks = new ArrayList<>();
        int unchanged = 0;
        int untouched = 0;
        int removed = 0;
        for (SheetEntry e : entries) {
            StoredTask task = stored.get(e.taskId());
            if (e.outcome() == null) {
                if (task.outcome() == null) {
                    untouched++;
                } else {
                    removed++;
                }
                continue;
            }
            Tick tick = tick(e, task, today);
            if (sameAsStored(tick, task)) {
                unchanged++;
            } else {
                ticks.add(tick);
                applied.merge(tick.outcome(), 1, Integer::sum);
            }
        }
        try {
            Ticks.apply(c, user, ticks);
        } catch (TicksRefused refused) {
            throw refusedAtApply(file, entries, refused);
        }
        return new SheetImportReport(applied, unchanged, untouched, removed);
    }

    /** An empty contacted-on date keeps the date of an earlier tick, else it is today. */
    private static Tick tick(SheetEntry e, StoredTask task, LocalDate today) {
        LocalDate on = e.contactedOn() != null ? e.contactedOn()
                : task.contactedOn() != null ? task.contactedOn() : today;
        return new Tick(e.taskId(), e.outcome(), e.staff(), e.note(), on);
    }

    private static boolean sameAsStored(Tick tick, StoredTask task) {
        return tick.outcome() == task.outcome() && Objects.equals(tick.staff(), task.staff())
                && Objects.equals(tick.note(), task.note()) && tick.contactedOn().equals(task.contactedOn());
    }

    private static void refuseIf(Path file, List<SheetProblem> problems) throws SheetRefused {
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(SheetProblem::row));
            throw new SheetRefused(file.getFileName().toString(), problems);
        }
    }

    /** Another user changed the tasks between the checks and the writes: name the rows anyway. */
    private static SheetRefused refusedAtApply(Path file, List<SheetEntry> entries, TicksRefused refused) {
        Map<Long, Integer> rows = new HashMap<>();
        entries.forEach(e -> rows.putIfAbsent(e.taskId(), e.row()));
        List<SheetProblem> problems = new ArrayList<>();
        for (TickProblem p : refused.problems()) {
            problems.add(new SheetProblem(rows.getOrDefault(p.taskId(), 0), null,
                    "task " + p.taskId() + ": " + p.message()));
        }
        return new SheetRefused(file.getFileName().toString(), problems);
    }
}
