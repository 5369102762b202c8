package hako.automations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand: time passes without sleeping. */
final class MovableClock extends Clock {

    private Instant now;

    MovableClock(Instant start) {
        now = start;
    }

    MovableClock at(Instant instant) {
        now = instant;
        return this;
    }

    MovableClock plus(Duration d) {
        now = now.plus(d);
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
