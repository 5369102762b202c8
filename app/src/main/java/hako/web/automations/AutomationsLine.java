package hako.web.automations;

import hako.delivery.Attribution;
import hako.settings.HakoSettings;
import hako.store.Sql;
import hako.web.ShopState;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The board's one line on the automations: each scenario's sent, converted and revenue over the last 30 days.
 * Attributing orders to messages reads every order, too much for each view of the board at ten million orders;
 * so the line is computed again only when a small stamp tells that what it reads changed (decisions, sent
 * messages, clicks, orders) or a minute went by.
 */
@Component
public class AutomationsLine {

    static final int DAYS = 30;

    private final DataSource db;
    private final HakoSettings settings;
    private final Clock clock;
    private final ShopState shop;
    private Known known;

    private record Known(String stamp, List<Attribution.ScenarioStats> stats) {
    }

    AutomationsLine(DataSource db, HakoSettings settings, Clock clock, ShopState shop) {
        this.db = db;
        this.settings = settings;
        this.clock = clock;
        this.shop = shop;
    }

    public synchronized List<Attribution.ScenarioStats> last30Days() throws SQLException {
        Instant now = clock.instant();
        String stamp = now.truncatedTo(ChronoUnit.MINUTES) + "|" + shop.dataVersion() + "|" + tables();
        if (known == null || !known.stamp().equals(stamp)) {
            known = new Known(stamp, DeliveryStatsController.stats(db, settings, now, DAYS));
        }
        return known.stats();
    }

    private String tables() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(Sql.load(AutomationsLine.class, "line_stamp.sql"))) {
            r.next();
            return r.getString(1);
        }
    }
}
