package hako.followups.sheet;

import hako.followups.Channel;
import java.time.LocalDate;

/**
 * One follow-up task as the management sheet shows it.
 *
 * @param name        the customer's name, null when the customer export did not list them
 * @param staff       who made the contact (ticked tasks) or null
 * @param contactedOn the day of the contact (ticked tasks) or null
 * @param contact     the customer's contact data, null when the caller may not see it
 */
public record TaskRow(long taskId, LocalDate dueDate, String customerId, String name, String planName, int stepNo,
                      String message, Channel channel, TaskStatus status, String staff, String note,
                      LocalDate contactedOn, ContactDetails contact) {

    public boolean dropped() {
        return status instanceof TaskStatus.Dropped;
    }
}
