package hako.followups.sheet;

import java.util.Locale;

/** The value of one column of a task row: a date, a number or text (null: empty cell). */
final class SheetValues {

    private SheetValues() {
    }

    static Object of(SheetColumn column, TaskRow row, Locale locale) {
        ContactDetails contact = row.contact();
        return switch (column) {
            case TASK_ID -> row.taskId();
            case DUE_DATE -> row.dueDate();
            case CUSTOMER_ID -> row.customerId();
            case NAME -> row.name();
            case PLAN -> row.planName();
            case STEP -> row.stepNo();
            case MESSAGE -> row.message();
            case CHANNEL -> row.channel().label(locale);
            case STATUS -> Labels.status(row.status(), locale);
            case EMAIL -> contact == null ? null : contact.email();
            case PHONE -> contact == null ? null : contact.phone();
            case POSTAL_CODE -> contact == null ? null : contact.postalCode();
            case ADDRESS -> contact == null ? null : contact.address();
            case LINE_ID -> contact == null ? null : contact.lineUserId();
            case OUTCOME -> row.status() instanceof TaskStatus.Ticked t ? t.outcome().label(locale) : null;
            case STAFF -> row.staff();
            case CONTACTED_ON -> row.contactedOn();
            case NOTE -> row.note();
        };
    }
}
