package hako.web.admin;

import hako.web.security.Accounts;
import hako.web.security.Role;
import java.sql.SQLException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/users}: the users table and its forms. Each form posts, then returns to the table
 * with what happened (or why the guard rails refused) above it.
 */
@Controller
class UsersController {

    private static final String BACK = "redirect:/admin/users";

    private final Accounts accounts;
    private final UserAdmin admin;
    private final MessageSource messages;

    UsersController(Accounts accounts, UserAdmin admin, MessageSource messages) {
        this.accounts = accounts;
        this.admin = admin;
        this.messages = messages;
    }

    @GetMapping("/admin/users")
    String users(Authentication who, Model model) throws SQLException {
        model.addAttribute("users", accounts.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("me", who.getName());
        model.addAttribute("minPassword", Accounts.MIN_PASSWORD);
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam String role, @RequestParam String password,
                  Authentication who, RedirectAttributes flash) throws SQLException {
        String name = username.strip();
        return outcome(flash, "users.done.created", name,
                () -> admin.create(who.getName(), name, Role.ofKey(role), password));
    }

    @PostMapping("/admin/users/role")
    String role(@RequestParam String username, @RequestParam String role, Authentication who,
                RedirectAttributes flash) throws SQLException {
        return outcome(flash, "users.done.role", username,
                () -> admin.changeRole(who.getName(), username, Role.ofKey(role)));
    }

    @PostMapping("/admin/users/enabled")
    String enabled(@RequestParam String username, @RequestParam boolean enabled, Authentication who,
                   RedirectAttributes flash) throws SQLException {
        return outcome(flash, enabled ? "users.done.enabled" : "users.done.disabled", username,
                () -> admin.setEnabled(who.getName(), username, enabled));
    }

    @PostMapping("/admin/users/password")
    String password(@RequestParam String username, @RequestParam String password, Authentication who,
                    RedirectAttributes flash) throws SQLException {
        return outcome(flash, "users.done.password", username,
                () -> admin.resetPassword(who.getName(), username, password));
    }

    private String outcome(RedirectAttributes flash, String doneKey, String username, Change change)
            throws SQLException {
        try {
            change.run();
            flash.addFlashAttribute("done", say(doneKey, username));
        } catch (Refusal r) {
            flash.addFlashAttribute("problem", say(r.key(), r.args()));
        }
        return BACK;
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** One change to users; may be refused. */
    @FunctionalInterface
    interface Change {
        void run() throws SQLException;
    }
}
