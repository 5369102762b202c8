package hako.followups;

import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's contact history, newest first, with its 3-3-2 status over the 90 days up to a day.
 *
 * @param on the day the status is checked on
 */
public record ContactLog(String customerId, LocalDate on, List<Contact> contacts, ThreeThreeTwo status) {

    /** The history of {@code customerId}, checked on {@code on}. */
    public static ContactLog of(Connection c, String customerId, LocalDate on) throws SQLException {
        List<Contact> contacts = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(Sql.load(ContactLog.class, "contacts_of.sql"))) {
            p.setString(1, customerId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    contacts.add(new Contact(r.getObject(1, LocalDate.class), Channel.ofKey(r.getString(2)),
                            Outcome.parse(r.getString(3)), r.getString(4), r.getString(5), r.getObject(6, Long.class),
                            r.getString(7), r.getObject(8, LocalDateTime.class)));
                }
            }
        }
        return new ContactLog(customerId, on, contacts,
                ThreeThreeTwoRule.checkLog(contacts.stream().map(Contact::point).toList(), on));
    }

    /** Logs a contact made by hand (a call, a letter) for a known customer. */
    public static void add(Connection c, String customerId, LocalDate date, Channel channel, Outcome outcome,
                           String staff, String note, String recordedBy) throws SQLException {
        if (recordedBy == null || recordedBy.isBlank()) {
            throw new IllegalArgumentException("a contact needs the user recording it");
        }
        requireKnown(c, customerId);
        try (PreparedStatement p = c.prepareStatement(Sql.load(ContactLog.class, "contact_add.sql"))) {
            p.setString(1, customerId);
            p.setObject(2, date);
            p.setString(3, channel.key());
            p.setString(4, outcome.key());
            p.setString(5, blankToNull(staff));
            p.setString(6, blankToNull(note));
            p.setString(7, recordedBy);
            p.setObject(8, LocalDateTime.now());
            p.executeUpdate();
        }
    }

    /** Refuses a customer id that is neither in the customers master nor on an order. */
    static void requireKnown(Connection c, String customerId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.load(ContactLog.class, "customer_known.sql"))) {
            p.setString(1, customerId);
            p.setString(2, customerId);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                if (!r.getBoolean(1)) {
                    throw new IllegalArgumentException("no customer \"" + customerId + "\" in the customers or orders");
                }
            }
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
