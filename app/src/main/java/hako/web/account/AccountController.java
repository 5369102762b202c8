package hako.web.account;

import hako.web.admin.AuditLog;
import hako.web.security.Accounts;
import hako.web.security.CurrentUser;
import jakarta.servlet.http.HttpSession;
import java.sql.SQLException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account}: anyone logged in changes their own password here. The current password is
 * required, so that a session left open cannot be used to take the account over.
 */
@Controller
class AccountController {

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final MessageSource messages;

    AccountController(Accounts accounts, PasswordEncoder encoder, AuditLog audit, MessageSource messages) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/account")
    String account(Authentication who, Model model) {
        model.addAttribute("me", who.getName());
        model.addAttribute("role", CurrentUser.role(who));
        model.addAttribute("minPassword", Accounts.MIN_PASSWORD);
        return "account/account";
    }

    @PostMapping("/account/password")
    String change(@RequestParam String current, @RequestParam String password, @RequestParam String confirm,
                  Authentication who, HttpSession session, RedirectAttributes flash) throws SQLException {
        String problem = problem(who.getName(), current, password, confirm);
        if (problem != null) {
            flash.addFlashAttribute("problem", say(problem, Accounts.MIN_PASSWORD));
        } else {
            accounts.setPassword(who.getName(), password);
            // This session stays open; the person's other sessions end (StaleLogins).
            session.setAttribute(Accounts.SESSION_STAMP, accounts.passwordStamp(who.getName()));
            audit.write(who.getName(), "password_changed", who.getName(), 1);
            flash.addFlashAttribute("done", say("account.done"));
        }
        return "redirect:/account";
    }

    /** The message key of what is wrong with the change, or null when it may be made. */
    private String problem(String username, String current, String password, String confirm) {
        if (!encoder.matches(current, accounts.loadUserByUsername(username).getPassword())) {
            return "account.refused.current";
        }
        if (password.length() < Accounts.MIN_PASSWORD) {
            return "account.refused.short";
        }
        if (!password.equals(confirm)) {
            return "account.refused.confirm";
        }
        if (password.equals(current)) {
            return "account.refused.same";
        }
        return null;
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
