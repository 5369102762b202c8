package hako.web;

import hako.web.security.FirstAdmin;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the server is up: creates the first admin if needed, computes the numbers of the latest
 * as-of date so that the first page is as fast as the rest, and tells where to go and how to log in.
 */
@Component
class Startup {

    private final FirstAdmin firstAdmin;
    private final ShopState shop;
    private final WebOptions options;
    private final HakoWeb.Console console;

    private final org.springframework.core.env.Environment environment;

    Startup(FirstAdmin firstAdmin, ShopState shop, WebOptions options, HakoWeb.Console console,
            org.springframework.core.env.Environment environment) {
        this.environment = environment;
        this.firstAdmin = firstAdmin;
        this.shop = shop;
        this.options = options;
        this.console = console;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() throws SQLException {
        String login = firstAdmin.ensure();
        Optional<LocalDate> latest = shop.latestOrderDate();
        if (latest.isPresent()) {
            long start = System.nanoTime();
            shop.numbers(latest.get());
            console.say(String.format(java.util.Locale.ROOT, "customer metrics at %s ready (%.1f s)", latest.get(),
                    (System.nanoTime() - start) / 1e9));
        } else {
            console.say("no orders yet: import them in the browser (Import) or with hako import");
        }
        String host = "0.0.0.0".equals(options.host()) ? "localhost" : options.host();
        console.say("Hako serves " + options.db() + " at http://" + host + ":"
                + environment.getProperty("local.server.port") + "/  (Ctrl+C stops it)");
        if (login != null) {
            console.say(login);
        }
    }
}
