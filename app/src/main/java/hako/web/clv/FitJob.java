package hako.web.clv;

import hako.clv.Calibration;
import java.time.LocalDateTime;

/**
 * A CLV fit running in the background, or the last one: what it does now, and how it ended. {@code automatic}
 * fits are the app's own (no fit yet, or the stored one went stale with an import); the others an admin's.
 */
public final class FitJob {

    /** Where the fit is. {@code REFUSED}: the data cannot support a fit (the reason is the message). */
    public enum State { WAITING, FITTING, SCORING, DONE, REFUSED, BROKEN }

    private final Calibration calibration;
    private final boolean automatic;
    private final String user;
    private final LocalDateTime started = LocalDateTime.now().withNano(0);
    private volatile State state = State.WAITING;
    private volatile String message;
    private volatile long finishedNanos;
    private final long startedNanos = System.nanoTime();

    FitJob(Calibration calibration, boolean automatic, String user) {
        this.calibration = calibration;
        this.automatic = automatic;
        this.user = user;
    }

    void step(State now) {
        state = now;
    }

    void refused(String reason) {
        message = reason;
        finish(State.REFUSED);
    }

    void finish(State end) {
        finishedNanos = System.nanoTime();
        state = end;
    }

    public State state() {
        return state;
    }

    public boolean running() {
        return state == State.WAITING || state == State.FITTING || state == State.SCORING;
    }

    /** The calibration asked for; null for an automatic fit (through the latest order date, no holdout). */
    public Calibration calibration() {
        return calibration;
    }

    public boolean automatic() {
        return automatic;
    }

    public String user() {
        return user;
    }

    public LocalDateTime started() {
        return started;
    }

    public String message() {
        return message;
    }

    /** Seconds from start to end, or so far. */
    public double seconds() {
        return ((running() ? System.nanoTime() : finishedNanos) - startedNanos) / 1e9;
    }
}
