package hako.customers;

import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A customer's master data, as the customer export gave it. Every field but the id may be null:
 * the export did not have it, or the reader may not see it ({@link #namesOnly()}).
 *
 * @param consentEmail whether the customer agreed to email (null: unknown), likewise for LINE, DM and phone
 */
public record CustomerProfile(String customerId, String name, String email, String phone, String postalCode,
                              String address, String lineUserId, Boolean consentEmail, Boolean consentLine,
                              Boolean consentDm, Boolean consentPhone, String referredBy) {

    /** The master row of {@code customerId}, empty when the customer export did not list them. */
    public static Optional<CustomerProfile> find(Connection c, String customerId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.load(CustomerProfile.class, "profile.sql"))) {
            p.setString(1, customerId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new CustomerProfile(r.getString("customer_id"), r.getString("name"),
                        r.getString("email"), r.getString("phone"), r.getString("postal_code"),
                        r.getString("address"), r.getString("line_user_id"), bool(r, "consent_email"),
                        bool(r, "consent_line"), bool(r, "consent_dm"), bool(r, "consent_phone"),
                        r.getString("referred_by")));
            }
        }
    }

    /** The same customer with only the id and name: what someone who may not see personal data gets. */
    public CustomerProfile namesOnly() {
        return new CustomerProfile(customerId, name, null, null, null, null, null, null, null, null, null, null);
    }

    private static Boolean bool(ResultSet r, String column) throws SQLException {
        boolean value = r.getBoolean(column);
        return r.wasNull() ? null : value;
    }
}
