package hako.web.admin;

import java.util.Locale;

/** The user changes the audit log records, by their action key ({@code user_created}, …). */
enum UserChange {
    USER_CREATED,
    ROLE_CHANGED,
    USER_ENABLED,
    USER_DISABLED,
    PASSWORD_RESET;

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
