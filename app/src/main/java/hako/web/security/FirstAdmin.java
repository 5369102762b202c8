package hako.web.security;

import hako.web.WebOptions;
import java.security.SecureRandom;
import java.sql.SQLException;
import org.springframework.stereotype.Component;

/**
 * On the first start of a shop (no users yet), creates the admin account, with the password from
 * {@code HAKO_ADMIN_PASSWORD} / {@code --admin-password}, or a generated one printed once.
 */
@Component
public class FirstAdmin {

    public static final String USERNAME = "admin";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final Accounts accounts;
    private final WebOptions options;

    FirstAdmin(Accounts accounts, WebOptions options) {
        this.accounts = accounts;
        this.options = options;
    }

    /** Creates the admin when there are no users yet; returns what to tell about the login, or null. */
    public String ensure() throws SQLException {
        if (!accounts.isEmpty()) {
            return null;
        }
        String password = options.adminPassword();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            password = generate();
        }
        accounts.create(USERNAME, password, Role.ADMIN);
        return generated
                ? "first login: user " + USERNAME + ", password " + password + "  (shown only this once: note it,"
                        + " or set HAKO_ADMIN_PASSWORD before the first start)"
                : "first login: user " + USERNAME + " with the password from HAKO_ADMIN_PASSWORD";
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
