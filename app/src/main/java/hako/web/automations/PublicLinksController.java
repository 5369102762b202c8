package hako.web.automations;

import hako.delivery.Clicks;
import hako.delivery.LinkTokens;
import hako.delivery.Unsubscribes;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The only pages reached from a message, without login: {@code /t/{token}} records a click and redirects
 * to the link's target; {@code /u/{token}} shows what would be unsubscribed (GET) and unsubscribes (POST,
 * also the RFC 8058 one-click POST mailbox providers send, hence no CSRF token). Tokens are HMAC-signed:
 * a forged or altered one is a 404.
 */
@Controller
class PublicLinksController {

    private final DataSource db;
    private final Optional<LinkTokens> tokens;
    private final Clock clock;

    PublicLinksController(DataSource db, DeliveryWiring.LinkSigner signer, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.tokens = signer.tokens();
    }

    @GetMapping("/t/{token}")
    String click(@PathVariable String token, HttpServletResponse response) throws SQLException {
        if (tokens.isPresent()) {
            try (Connection c = db.getConnection()) {
                Optional<String> target = Clicks.follow(c, tokens.get(), token, clock.instant());
                if (target.isPresent()) {
                    return "redirect:" + target.get();
                }
            }
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "automations/link-missing";
    }

    @GetMapping("/u/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) throws SQLException {
        Optional<Unsubscribes.Target> target = Optional.empty();
        if (tokens.isPresent()) {
            try (Connection c = db.getConnection()) {
                target = Unsubscribes.find(c, tokens.get(), token);
            }
        }
        return show(target, token, model, response);
    }

    @PostMapping("/u/{token}")
    String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) throws SQLException {
        Optional<Unsubscribes.Target> target = Optional.empty();
        if (tokens.isPresent()) {
            try (Connection c = db.getConnection()) {
                target = Unsubscribes.apply(c, tokens.get(), token, clock.instant());
            }
        }
        return show(target, token, model, response);
    }

    private static String show(Optional<Unsubscribes.Target> target, String token, Model model,
                               HttpServletResponse response) {
        if (target.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "automations/link-missing";
        }
        model.addAttribute("target", target.get());
        model.addAttribute("token", token);
        return "automations/unsubscribe";
    }
}
