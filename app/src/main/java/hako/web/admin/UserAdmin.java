package hako.web.admin;

import hako.web.security.Account;
import hako.web.security.Accounts;
import hako.web.security.Role;
import java.sql.SQLException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Changes an admin makes to the people who may log in, checked against the guard rails and written
 * to the audit log. An admin cannot disable or demote themselves, and the last enabled admin can
 * never be disabled or demoted: someone must always be able to manage users. Changes run one at a
 * time so that two admins cannot each remove the other.
 */
@Component
class UserAdmin {

    private final Accounts accounts;
    private final AuditLog audit;

    UserAdmin(Accounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    synchronized void create(String actor, String username, Role role, String password) throws SQLException {
        if (!Accounts.isValidUsername(username)) {
            throw new Refusal("users.refused.username");
        }
        requirePassword(password);
        if (accounts.all().stream().anyMatch(a -> a.username().equalsIgnoreCase(username))) {
            throw new Refusal("users.refused.taken", username);
        }
        accounts.create(username, password, role);
        audit.write(actor, UserChange.USER_CREATED.key(), username + " (" + role.key() + ")", 1);
    }

    synchronized void changeRole(String actor, String username, Role role) throws SQLException {
        Account account = find(username);
        if (account.role() == role) {
            return;
        }
        if (actor.equals(username)) {
            throw new Refusal("users.refused.self_role");
        }
        requireAnotherAdmin(account);
        accounts.setRole(username, role);
        audit.write(actor, UserChange.ROLE_CHANGED.key(),
                username + ": " + account.role().key() + " → " + role.key(), 1);
    }

    synchronized void setEnabled(String actor, String username, boolean enabled) throws SQLException {
        Account account = find(username);
        if (account.enabled() == enabled) {
            return;
        }
        if (!enabled) {
            if (actor.equals(username)) {
                throw new Refusal("users.refused.self_disable");
            }
            requireAnotherAdmin(account);
        }
        accounts.setEnabled(username, enabled);
        audit.write(actor, (enabled ? UserChange.USER_ENABLED : UserChange.USER_DISABLED).key(), username, 1);
    }

    synchronized void resetPassword(String actor, String username, String password) throws SQLException {
        find(username);
        requirePassword(password);
        accounts.setPassword(username, password);
        audit.write(actor, UserChange.PASSWORD_RESET.key(), username, 1);
    }

    private Account find(String username) throws SQLException {
        return accounts.all().stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow(() -> new Refusal("users.refused.unknown", username));
    }

    /** Refuses to take away {@code account}'s admin rights when it is the only enabled admin left. */
    private void requireAnotherAdmin(Account account) throws SQLException {
        if (account.role() != Role.ADMIN || !account.enabled()) {
            return;
        }
        List<Account> all = accounts.all();
        long enabledAdmins = all.stream().filter(a -> a.role() == Role.ADMIN && a.enabled()).count();
        if (enabledAdmins <= 1) {
            throw new Refusal("users.refused.last_admin", account.username());
        }
    }

    private static void requirePassword(String password) {
        if (password == null || password.length() < Accounts.MIN_PASSWORD) {
            throw new Refusal("users.refused.password", Accounts.MIN_PASSWORD);
        }
    }
}
