package hako.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** At most {@code perSecond} sends on a channel: each send waits until its slot (0: no limit). */
final class RateLimit {

    private final Duration interval;
    private final Clock clock;
    private final Sleeper sleeper;
    private Instant next = Instant.MIN;

    RateLimit(double perSecond, Clock clock, Sleeper sleeper) {
        this.interval = perSecond <= 0 ? Duration.ZERO : Duration.ofNanos((long) (1e9 / perSecond));
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Waits for the next slot. */
    void acquire() throws InterruptedException {
        if (interval.isZero()) {
            return;
        }
        Instant now = clock.instant();
        if (now.isBefore(next)) {
            sleeper.sleep(Duration.between(now, next));
            now = next;
        }
        next = now.plus(interval);
    }
}
