package hako.followups.sheet;

import hako.followups.Outcome;
import java.time.LocalDate;

/**
 * One task row as read from a filled-in sheet, its cells already parsed.
 *
 * @param outcome     null when left empty (the task is left as it is)
 * @param contactedOn null when left empty
 */
record SheetEntry(int row, long taskId, String customerId, LocalDate dueDate, String channel, Integer stepNo,
                  Outcome outcome, String staff, String note, LocalDate contactedOn) {
}
