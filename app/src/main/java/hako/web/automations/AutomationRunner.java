package hako.web.automations;

import hako.automations.Automations;
import hako.automations.Evaluation;
import hako.settings.HakoSettings;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
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
 * Evaluates the scenarios in one background thread every {@code automation.run_every_seconds} (0: never
 * by itself), and remembers the last evaluation for the pages. A failed evaluation is logged and tried
 * again at the next tick.
 */
@Component
class AutomationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AutomationRunner.class);

    private final DataSource db;
    private final HakoSettings settings;
    private final Clock clock;
    private ScheduledExecutorService thread;
    private volatile Evaluation last;

    AutomationRunner(DataSource db, HakoSettings settings, Clock clock) {
        this.db = db;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Duration every = settings.automations().runEvery();
        if (every.isZero()) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hako-automations");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::runOnce, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Evaluates now; the pages' "run now" and the background thread both come here. */
    Evaluation runOnce() {
        try (Connection c = db.getConnection()) {
            last = Automations.run(c, clock, settings);
            return last;
        } catch (Exception e) {
            LOG.warn("automations: evaluation failed, will try again: {}", e.toString());
            return null;
        }
    }

    Optional<Evaluation> last() {
        return Optional.ofNullable(last);
    }

    boolean scheduled() {
        return thread != null;
    }

    @PreDestroy
    void stop() {
        if (thread != null) {
            thread.shutdownNow();
        }
    }
}
