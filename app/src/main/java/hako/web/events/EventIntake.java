package hako.web.events;

import hako.events.EventWriter;
import hako.settings.HakoSettings;
import hako.web.ShopState;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The server's one event writer, on a connection of its own. Purchases that become orders change
 * the shop's numbers: {@link ShopState#purchasesReceived} recomputes them at most once per
 * {@code events.refresh_minutes}.
 */
@Component
class EventIntake {

    /** Events waiting to be committed at most; beyond this senders are told to retry (503). */
    static final int MAX_PENDING = 200_000;

    private final Connection connection;
    private final EventWriter writer;

    EventIntake(DataSource db, HakoSettings settings, ShopState shop, Clock clock) throws SQLException {
        this.connection = db.getConnection();
        this.writer = new EventWriter(connection, settings.zone(), clock,
                stored -> shop.purchasesReceived(stored.orders()), MAX_PENDING);
    }

    EventWriter writer() {
        return writer;
    }

    @PreDestroy
    void stop() throws InterruptedException, SQLException {
        try {
            writer.close();
        } finally {
            connection.close();
        }
    }
}
