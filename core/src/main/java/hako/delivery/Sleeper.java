package hako.delivery;

import java.time.Duration;

/** Waits. The sender waits for rate limits through this, so tests move their clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}
