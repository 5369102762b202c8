package hako.web.automations;

import hako.delivery.Attribution;
import hako.settings.HakoSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /automations/stats}: per scenario triggered, sent, clicked, converted and attributed revenue over
 * the last N days. {@code /automations/stats/fragment} is the same table alone, for the scenario pages to
 * include.
 */
@Controller
class DeliveryStatsController {

    static final int MAX_DAYS = 3_650;

    private final DataSource db;
    private final HakoSettings settings;
    private final Clock clock;

    DeliveryStatsController(DataSource db, HakoSettings settings, Clock clock) {
        this.db = db;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/automations/stats")
    String page(@RequestParam(defaultValue = "30") int days, Model model) throws SQLException {
        fill(days, model);
        return "automations/stats";
    }

    @GetMapping("/automations/stats/fragment")
    String fragment(@RequestParam(defaultValue = "30") int days, Model model) throws SQLException {
        fill(days, model);
        return "automations/stats :: table";
    }

    private void fill(int days, Model model) throws SQLException {
        if (days < 1 || days > MAX_DAYS) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
                    "days must be 1 to " + MAX_DAYS);
        }
        model.addAttribute("days", days);
        model.addAttribute("attributionDays", settings.delivery().attributionDays());
        model.addAttribute("stats", stats(db, settings, clock.instant(), days));
    }

    /** The numbers over the {@code days} days up to {@code now}. */
    static List<Attribution.ScenarioStats> stats(DataSource db, HakoSettings settings, Instant now, int days)
            throws SQLException {
        try (Connection c = db.getConnection()) {
            return Attribution.stats(c, settings.zone(), settings.delivery().attributionDays(),
                    now.minus(Duration.ofDays(days)), now);
        }
    }
}
