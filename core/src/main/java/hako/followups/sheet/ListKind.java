package hako.followups.sheet;

import static hako.followups.sheet.ListField.ADDRESS;
import static hako.followups.sheet.ListField.CUSTOMER_ID;
import static hako.followups.sheet.ListField.DUE_DATE;
import static hako.followups.sheet.ListField.EMAIL;
import static hako.followups.sheet.ListField.LINE_ID;
import static hako.followups.sheet.ListField.MESSAGE;
import static hako.followups.sheet.ListField.NAME;
import static hako.followups.sheet.ListField.ORDER_DATE;
import static hako.followups.sheet.ListField.ORDER_ID;
import static hako.followups.sheet.ListField.ORDER_STATUS;
import static hako.followups.sheet.ListField.PHONE;
import static hako.followups.sheet.ListField.POSTAL_CODE;
import static hako.followups.sheet.ListField.TASK_ID;

import hako.followups.Channel;
import java.util.List;
import java.util.Locale;

/**
 * The print and call lists: one per channel that needs a person's hands or an upload. A row is an
 * open task of that channel; a row missing a required field is left out and counted.
 */
public enum ListKind {
    DM("dm", Channel.DM, List.of(TASK_ID, DUE_DATE, CUSTOMER_ID, NAME, POSTAL_CODE, ADDRESS, MESSAGE),
            List.of(NAME, POSTAL_CODE, ADDRESS)),
    PACKAGE_INSERT("package-insert", Channel.PACKAGE_INSERT, List.of(TASK_ID, DUE_DATE, CUSTOMER_ID, NAME, ORDER_ID,
            ORDER_DATE, ORDER_STATUS, MESSAGE), List.of(ORDER_ID)),
    PHONE_CALL("phone", Channel.PHONE, List.of(TASK_ID, DUE_DATE, CUSTOMER_ID, NAME, PHONE, MESSAGE),
            List.of(NAME, PHONE)),
    EMAIL_AUDIENCE("email", Channel.EMAIL, List.of(TASK_ID, DUE_DATE, CUSTOMER_ID, NAME, EMAIL, MESSAGE),
            List.of(EMAIL)),
    LINE_AUDIENCE("line", Channel.LINE, List.of(TASK_ID, DUE_DATE, CUSTOMER_ID, NAME, LINE_ID, MESSAGE),
            List.of(LINE_ID));

    private final String key;
    final Channel channel;
    final List<ListField> fields;
    final List<ListField> required;

    ListKind(String key, Channel channel, List<ListField> fields, List<ListField> required) {
        this.key = key;
        this.channel = channel;
        this.fields = fields;
        this.required = required;
    }

    /** As the command line names it: {@code package-insert}. */
    public String key() {
        return key;
    }

    public String label(Locale locale) {
        return channel.label(locale);
    }

    /** The list's column headers, e.g. {@code タスクID · 予定日 · …}. */
    public String headers(Locale locale) {
        return String.join(" · ", fields.stream().map(f -> f.header(locale)).toList());
    }

    public static ListKind ofKey(String text) {
        for (ListKind k : values()) {
            if (k.key.equalsIgnoreCase(text == null ? "" : text.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown list \"" + text + "\": use dm, package-insert, phone, email or line");
    }
}
