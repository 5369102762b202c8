package hako.web.automations;

import hako.delivery.Attribution;
import hako.settings.HakoSettings;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** The board's one line on the automations: each scenario's sent, converted and revenue over the last 30 days. */
@Component
public class AutomationsLine {

    static final int DAYS = 30;

    private final DataSource db;
    private final HakoSettings settings;
    private final Clock clock;

    AutomationsLine(DataSource db, HakoSettings settings, Clock clock) {
        this.db = db;
        this.settings = settings;
        this.clock = clock;
    }

    public List<Attribution.ScenarioStats> last30Days() throws SQLException {
        return DeliveryStatsController.stats(db, settings, clock.instant(), DAYS);
    }
}
