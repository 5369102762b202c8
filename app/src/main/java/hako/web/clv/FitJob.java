package hako.web.clv;

import hako.clv.Calibration;
import hako.clv.ClvFit;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * A CLV fit running in the background, or the last one: its step (i of n) with the share done and the time left,
 * and how it ended. {@code automatic} fits are the app's own (no fit yet, or the stored one went stale with an
 * import); the others an admin's. The estimate of the time left comes from the step times of the last fit that
 * ended since the app started; before one has, a fit shows its step only.
 */
public final class FitJob {

    /** Where the fit is. {@code REFUSED}: the data cannot support a fit (the reason is the message). */
    public enum State { WAITING, SUMMARY, PURCHASES, SPEND, SCORING, DONE, REFUSED, BROKEN }

    /** The steps of a fit in order: the models' three ({@link ClvFit.Step}) and storing and scoring. */
    static final List<State> STEPS = List.of(State.SUMMARY, State.PURCHASES, State.SPEND, State.SCORING);

    /**
     * How far a running fit is: in {@code state}, step {@code step} of {@code steps} (0 while waiting),
     * {@code percent} done and {@code secondsLeft}, null when there is no earlier fit to estimate from.
     */
    public record Progress(State state, int step, int steps, int percent, Long secondsLeft) { }

    private final Calibration calibration;
    private final boolean automatic;
    private final String user;
    private final long[] previous;
    private final LongSupplier clock;
    private final LocalDateTime started = LocalDateTime.now().withNano(0);
    private final long startedNanos;
    private final long[] stepStarted = new long[STEPS.size() + 1];
    private final CompletableFuture<FitJob> ended = new CompletableFuture<>();
    private volatile State state = State.WAITING;
    private volatile String message;

    /**
     * @param previous the step times in nanoseconds of the last fit that was done, to estimate from; null when none
     */
    FitJob(Calibration calibration, boolean automatic, String user, long[] previous) {
        this(calibration, automatic, user, previous, System::nanoTime);
    }

    FitJob(Calibration calibration, boolean automatic, String user, long[] previous, LongSupplier clock) {
        this.calibration = calibration;
        this.automatic = automatic;
        this.user = user;
        this.previous = previous == null ? null : previous.clone();
        this.clock = clock;
        this.startedNanos = clock.getAsLong();
    }

    /**
     * What an automatic fit learns from. A stored fit with a holdout (an admin's or {@code hako clv fit}'s check of
     * the predictions) keeps its calibration end and holdout end, so the check stays the one chosen and comparable
     * after every import, as long as the holdout still ends within the data; otherwise every purchase day through
     * the latest order date, no holdout.
     */
    static Calibration automaticCalibration(Optional<ClvFit> stored, LocalDate latest, boolean zeroOrders) {
        Optional<Calibration> kept = stored.map(ClvFit::calibration)
                .filter(c -> c.holdoutEnd() != null && !c.holdoutEnd().isAfter(latest));
        return kept.map(c -> new Calibration(c.end(), c.holdoutEnd(), zeroOrders))
                .orElseGet(() -> new Calibration(latest, null, zeroOrders));
    }

    /** Moves on to {@code now}, one of {@link #STEPS}, after the ones before it. */
    void step(State now) {
        int i = STEPS.indexOf(now);
        if (i < 0) {
            throw new IllegalArgumentException(now + " is not a step of a fit");
        }
        stepStarted[i] = clock.getAsLong();
        state = now;
    }

    void step(ClvFit.Step now) {
        step(State.valueOf(now.name()));
    }

    void refused(String reason) {
        message = reason;
        finish(State.REFUSED);
    }

    void finish(State end) {
        stepStarted[STEPS.size()] = clock.getAsLong();
        state = end;
        ended.complete(this);
    }

    /** Completes with this job when it has ended, done or not. */
    public CompletableFuture<FitJob> ended() {
        return ended;
    }

    /** The time each step took, in nanoseconds, when the fit is done; null otherwise. */
    long[] stepTimes() {
        if (state != State.DONE) {
            return null;
        }
        long[] times = new long[STEPS.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = stepStarted[i + 1] - stepStarted[i];
        }
        return times;
    }

    /** How far the fit is; 100 % once it has ended. */
    public Progress progress() {
        State now = state;
        int n = STEPS.size();
        if (!(now == State.WAITING || STEPS.contains(now))) {
            return new Progress(now, n, n, 100, 0L);
        }
        int i = STEPS.indexOf(now);
        if (previous == null) {
            return new Progress(now, i + 1, n, Math.max(i, 0) * 100 / n, null);
        }
        long total = 0;
        long done = 0;
        for (int k = 0; k < n; k++) {
            total += previous[k];
            done += k < i ? previous[k] : 0;
        }
        if (i >= 0) {
            done += Math.min(clock.getAsLong() - stepStarted[i], previous[i]);
        }
        total = Math.max(total, 1);
        int percent = (int) Math.min(99, done * 100 / total);
        return new Progress(now, i + 1, n, percent, (long) Math.ceil((total - done) / 1e9));
    }

    public State state() {
        return state;
    }

    public boolean running() {
        State s = state;
        return s == State.WAITING || STEPS.contains(s);
    }

    /** The calibration an admin asked for; null for an automatic fit (see {@link #automaticCalibration}). */
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
        return ((running() ? clock.getAsLong() : stepStarted[STEPS.size()]) - startedNanos) / 1e9;
    }
}
