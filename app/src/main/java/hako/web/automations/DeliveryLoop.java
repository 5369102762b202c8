package hako.web.automations;

import hako.delivery.ChannelConfig;
import hako.delivery.Deliverer;
import hako.delivery.DeliveryReport;
import hako.delivery.Sleeper;
import hako.settings.HakoSettings;
import hako.web.HakoWeb;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs a delivery round every {@code delivery.interval_seconds} in one background thread — the only
 * sender of this database while the app holds it. Off unless SMTP or LINE is configured (and the link
 * secret, without which nothing may be sent). Stopping the app interrupts it between messages.
 */
@Component
class DeliveryLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLoop.class);

    private final DataSource db;
    private final HakoSettings settings;
    private final ChannelConfig config;
    private final HakoWeb.Console console;
    private final Clock clock;
    private ScheduledExecutorService thread;

    DeliveryLoop(DataSource db, HakoSettings settings, ChannelConfig config, HakoWeb.Console console, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.settings = settings;
        this.config = config;
        this.console = console;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (!config.anyChannel()) {
            return;
        }
        if (config.secret().isEmpty()) {
            console.say("automated messages are NOT sent: set HAKO_DELIVERY_SECRET (signs unsubscribe and tracked links)");
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hako-delivery");
            t.setDaemon(true);
            return t;
        });
        int every = settings.delivery().intervalSeconds();
        thread.scheduleWithFixedDelay(this::round, every, every, TimeUnit.SECONDS);
        console.say("automated messages: sent every " + every + " s by " + (config.smtp().isPresent() ? "email " : "")
                + (config.line().isPresent() ? "LINE" : ""));
    }

    private void round() {
        try {
            DeliveryReport report = send();
            if (report.sent() + report.failed() + report.recovered() > 0) {
                LOG.warn("delivery: {}", report);
            }
        } catch (Exception | Error e) {
            LOG.error("delivery round failed; the next round recovers", e);
        }
    }

    private DeliveryReport send() throws SQLException {
        try (Connection c = db.getConnection(); Deliverer d = new Deliverer(c, settings, config, clock, Sleeper.REAL)) {
            return d.run();
        }
    }

    /**
     * A round now, on the loop's own thread (so never beside a scheduled round: one sender per database),
     * waiting for its report; empty when the loop is off (no channel or no secret).
     */
    Optional<DeliveryReport> deliverNow() throws InterruptedException, ExecutionException {
        ScheduledExecutorService running;
        synchronized (this) {
            running = thread;
        }
        return running == null ? Optional.empty() : Optional.of(running.submit(this::send).get());
    }

    @Override
    public synchronized void close() {
        if (thread != null) {
            thread.shutdownNow();
        }
    }
}
