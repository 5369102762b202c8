package hako.followups.sheet;

import hako.followups.Channel;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Checks one sheet row against its stored task: it exists, its keys are as exported, it may be ticked. */
final class RowCheck {

    private final SheetReader sheet;
    private final SheetEntry entry;
    private final StoredTask task;
    private final LocalDate today;
    private final List<SheetProblem> problems;

    RowCheck(SheetReader sheet, SheetEntry entry, StoredTask task, LocalDate today, List<SheetProblem> problems) {
        this.sheet = sheet;
        this.entry = entry;
        this.task = task;
        this.today = today;
        this.problems = problems;
    }

    void run() {
        if (task == null) {
            problem(SheetColumn.TASK_ID, "no task " + entry.taskId() + " in Hako");
            return;
        }
        key(SheetColumn.CUSTOMER_ID, task.customerId(), entry.customerId(), "is for customer " + task.customerId());
        key(SheetColumn.DUE_DATE, task.dueDate(), entry.dueDate(), "is due " + task.dueDate());
        key(SheetColumn.STEP, task.stepNo(), entry.stepNo(), "is step " + task.stepNo());
        if (!names(task.channel(), entry.channel())) {
            edited(SheetColumn.CHANNEL, entry.channel(), "goes by " + task.channel().label(Locale.JAPANESE)
                    + " (" + task.channel().key() + ")");
        }
        if (entry.outcome() != null && task.droppedReason() != null) {
            problem(SheetColumn.OUTCOME, "task " + entry.taskId() + " was dropped (" + task.droppedReason()
                    + ") and is not to be done");
        }
        if (entry.contactedOn() != null && entry.contactedOn().isAfter(today)) {
            problem(SheetColumn.CONTACTED_ON, entry.contactedOn() + " is after today (" + today + ")");
        }
    }

    private void key(SheetColumn column, Object stored, Object inSheet, String truth) {
        if (!Objects.equals(stored, inSheet)) {
            edited(column, inSheet, truth);
        }
    }

    private void edited(SheetColumn column, Object inSheet, String truth) {
        problem(column, "edited key column: task " + entry.taskId() + " " + truth + ", the sheet says "
                + (inSheet == null ? "nothing" : "\"" + inSheet + "\""));
    }

    private void problem(SheetColumn column, String message) {
        problems.add(new SheetProblem(entry.row(), sheet.header(column), message));
    }

    private static boolean names(Channel channel, String text) {
        return text != null && (text.equals(channel.label(Locale.JAPANESE))
                || text.equalsIgnoreCase(channel.label(Locale.ENGLISH)) || text.equalsIgnoreCase(channel.key()));
    }
}
