package hako.web.security;

import java.util.Locale;

/**
 * What a person may do. Admins manage users and settings and do everything marketers do; marketers
 * plan, import and export; viewers see numbers only — no email, phone or address, no exports.
 */
public enum Role {
    ADMIN,
    MARKETER,
    VIEWER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Spring Security's authority name, {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public boolean seesPersonalData() {
        return this != VIEWER;
    }

    public static Role ofKey(String key) {
        try {
            return valueOf(key.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role \"" + key + "\": use admin, marketer or viewer");
        }
    }
}
