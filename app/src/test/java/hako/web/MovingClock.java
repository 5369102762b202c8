package hako.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Real time plus an offset a test moves forward: an app reading it sees an hour pass at once, while a
 * real browser's events (stamped with the real time) still come before it.
 */
public final class MovingClock extends Clock {

    private volatile Duration ahead = Duration.ZERO;

    /** Moves this clock {@code by} further ahead of real time. */
    public synchronized void advance(Duration by) {
        ahead = ahead.plus(by);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the app reads UTC instants");
    }
}
