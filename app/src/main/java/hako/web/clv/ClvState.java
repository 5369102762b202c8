package hako.web.clv;

import hako.clv.Calibration;
import hako.clv.ChurnRisk;
import hako.clv.ClvDiagnostics;
import hako.clv.ClvFit;
import hako.clv.ClvRefused;
import hako.clv.ClvSettings;
import hako.clv.StoredScores;
import hako.customers.AsOfDate;
import hako.web.ShopState;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The shop's CLV fit as the web app keeps it: fitted in the background, one fit at a time, when the app starts
 * without a current fit and again after every import (a stale fit would predict from data that changed), or when
 * an admin asks; the scores of each as-of date a page shows are computed once and stored. Purchases from the events
 * API do not make the fit stale: it is refitted with them at most once per {@code clv.refit_hours}, and meanwhile
 * pages show its scores marked with the fit's date ({@link ClvStatus#behind}). A fit with a holdout keeps
 * its calibration and holdout ends through the automatic refits. Pages ask here whether
 * they have scores and show the fit's state when they do not.
 */
@Component
public class ClvState {

    private static final Logger LOG = LoggerFactory.getLogger(ClvState.class);

    private final DataSource db;
    private final ShopState shop;
    private final ClvSettings settings;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hako-clv-fit");
        t.setDaemon(true);
        return t;
    });
    private final Object scoring = new Object();
    /**
     * The dates whose scores are known to be stored under {@link #scoredFit}: a list page asks on every view, and
     * asking the database each time behind one lock made concurrent pages queue.
     */
    private final Set<LocalDate> scoredDates = ConcurrentHashMap.newKeySet();
    private volatile ClvFit scoredFit;
    private volatile FitJob job;
    private volatile long[] lastStepTimes;
    private ClvFit fit;
    private boolean fitRead;
    private Diagnosed diagnosed;
    private final Map<LocalDate, Map<ChurnRisk, StoredScores.RiskBand>> bands = new HashMap<>();

    private final Duration refitEvery;
    private final Clock clock;

    ClvState(DataSource db, ShopState shop, Clock clock) {
        this.db = db;
        this.shop = shop;
        this.settings = shop.settings().clv();
        this.refitEvery = shop.settings().refresh().clvRefit();
        this.clock = clock;
    }

    public ClvSettings settings() {
        return settings;
    }

    /** The running fit or the last one; null before any since the app started. */
    public FitJob job() {
        return job;
    }

    /** The stored fit, current or stale. */
    public synchronized Optional<ClvFit> stored() throws SQLException {
        if (!fitRead) {
            try (Connection c = db.getConnection()) {
                fit = ClvFit.stored(c).orElse(null);
            }
            fitRead = true;
        }
        return Optional.ofNullable(fit);
    }

    /**
     * The stored fit if no file was imported since it was made: purchases from the events API since then are scored
     * with it until its refit ({@code clv.refit_hours}).
     */
    public Optional<ClvFit> current() throws SQLException {
        Optional<ClvFit> f = stored();
        return f.isPresent() && f.get().dataVersion() >= shop.fileVersion() ? f : Optional.empty();
    }

    /** What pages say about the fit. */
    public ClvStatus status() throws SQLException {
        Optional<ClvFit> f = current();
        if (f.isEmpty()) {
            return new ClvStatus(stored().orElse(null), false, job);
        }
        boolean behind = f.get().dataVersion() < shop.dataVersion();
        return new ClvStatus(f.get(), true, job, behind ? nextRefit(f.get()) : null);
    }

    /** When a fit that live purchases came after is refitted with them, at the earliest (as its fit time). */
    private LocalDateTime nextRefit(ClvFit f) {
        return f.fittedAt().plus(refitEvery);
    }

    /**
     * Whether the current fit stays: it was made on the data as the numbers show it, or only live purchases came
     * since and it is younger than {@code clv.refit_hours}.
     */
    private boolean kept() throws SQLException {
        Optional<ClvFit> f = current();
        if (f.isEmpty()) {
            return false;
        }
        if (f.get().dataVersion() >= shop.dataVersion()) {
            return true;
        }
        Instant fitted = f.get().fittedAt().atZone(ZoneId.systemDefault()).toInstant();
        return clock.instant().isBefore(fitted.plus(refitEvery));
    }

    /**
     * Whether the scores at {@code asOf} can be read from {@code clv_scores}: with a current fit they are computed
     * and stored the first time a date is asked for.
     */
    public boolean scores(LocalDate asOf) throws SQLException {
        Optional<ClvFit> f = current();
        if (f.isEmpty()) {
            return false;
        }
        if (scoredFit == f.get() && scoredDates.contains(asOf)) {
            return true;
        }
        synchronized (scoring) {
            if (scoredFit != f.get()) {
                scoredDates.clear();
                scoredFit = f.get();
            }
            try (Connection c = db.getConnection()) {
                if (!StoredScores.isStored(c, f.get(), asOf, settings)) {
                    StoredScores.ensure(c, f.get(), asOf, settings);
                    // scoring a date may have dropped the scores of the oldest
                    scoredDates.clear();
                    shop.countsChanged();
                }
            }
            scoredDates.add(asOf);
        }
        return true;
    }

    /** Customers and CLV per churn-risk band at {@code asOf}; empty without a current fit. */
    public Optional<Map<ChurnRisk, StoredScores.RiskBand>> bands(LocalDate asOf) throws SQLException {
        if (!scores(asOf)) {
            return Optional.empty();
        }
        synchronized (this) {
            Map<ChurnRisk, StoredScores.RiskBand> known = bands.get(asOf);
            if (known != null) {
                return Optional.of(known);
            }
        }
        Map<ChurnRisk, StoredScores.RiskBand> read;
        try (Connection c = db.getConnection()) {
            read = StoredScores.bands(c, asOf);
        }
        synchronized (this) {
            bands.put(asOf, read);
        }
        return Optional.of(read);
    }

    /** The diagnostics of the current fit, or the reason there are none. */
    public synchronized Diagnosed diagnostics() throws SQLException {
        Optional<ClvFit> f = current();
        if (f.isEmpty()) {
            return new Diagnosed(null, null);
        }
        if (diagnosed == null || diagnosed.fit() != f.get()) {
            try (Connection c = db.getConnection()) {
                diagnosed = new Diagnosed(f.get(), ClvDiagnostics.of(c, f.get()));
                StoredScores.release(c);
            } catch (ClvRefused e) {
                diagnosed = new Diagnosed(f.get(), null, e.getMessage());
            }
        }
        return diagnosed;
    }

    /** A fit's diagnostics, or why there are none ({@code refused}). */
    public record Diagnosed(ClvFit fit, ClvDiagnostics diagnostics, String refused) {
        Diagnosed(ClvFit fit, ClvDiagnostics diagnostics) {
            this(fit, diagnostics, null);
        }
    }

    /** Starts an admin's fit through {@code calibration}; refused while another runs. */
    public FitJob fit(Calibration calibration, String user) throws FitBusy {
        synchronized (this) {
            if (job != null && job.running()) {
                throw new FitBusy();
            }
            FitJob started = new FitJob(calibration, false, user, lastStepTimes);
            job = started;
            thread.execute(() -> run(started));
            return started;
        }
    }

    /**
     * Completes when every fit asked for before this call has ended (the fits run one after another on one thread),
     * done or not: tests and callers wait on it instead of polling.
     */
    public CompletableFuture<Void> settled() {
        return CompletableFuture.runAsync(() -> { }, thread);
    }

    /**
     * The numbers changed: after an import the fit is made again; after live purchases only when the fit is
     * {@code clv.refit_hours} old (until then its scores stay, marked with its date).
     */
    @EventListener
    public void dataChanged(ShopState.DataChanged change) {
        if (change.live()) {
            try {
                if (kept()) {
                    synchronized (this) {
                        forget();
                    }
                    return;
                }
            } catch (SQLException e) {
                LOG.warn("could not read the CLV fit", e);
                return;
            }
        }
        refitWhenStale();
    }

    /**
     * Fits when there is no current fit, or live purchases came since the fit and it is {@code clv.refit_hours}
     * old: after start, after every import and at the refreshes of live purchases. A stored fit with a holdout is
     * fitted again with the same calibration end and holdout end ({@link FitJob#automaticCalibration}).
     */
    @EventListener(ApplicationReadyEvent.class)
    public void refitWhenStale() {
        FitJob queued = new FitJob(null, true, null, lastStepTimes);
        synchronized (this) {
            forget();
            if (job == null || !job.running()) {
                job = queued;
            }
        }
        thread.execute(() -> {
            try {
                if (shop.latestOrderDate().isEmpty() || kept()) {
                    if (job == queued) {
                        job = null;
                    }
                    return;
                }
            } catch (SQLException e) {
                LOG.warn("could not read the CLV fit", e);
                return;
            }
            job = queued;
            run(queued);
        });
    }

    private void run(FitJob j) {
        try (Connection c = db.getConnection()) {
            LocalDate latest = AsOfDate.latestOrderDate(c);
            Calibration calibration = j.calibration() != null ? j.calibration()
                    : FitJob.automaticCalibration(stored(), latest, settings.zeroOrders());
            ClvFit made;
            try {
                made = ClvFit.fit(c, calibration, j::step);
            } finally {
                StoredScores.release(c);
            }
            synchronized (scoring) {
                made.store(c);
                synchronized (this) {
                    forget();
                }
                j.step(FitJob.State.SCORING);
                StoredScores.ensure(c, made, latest, settings);
                shop.countsChanged();
            }
            j.finish(FitJob.State.DONE);
            lastStepTimes = j.stepTimes();
        } catch (ClvRefused e) {
            j.refused(e.getMessage());
        } catch (Exception | Error e) {
            LOG.error("CLV fit failed", e);
            j.finish(FitJob.State.BROKEN);
        }
    }

    /** Forgets what was read of the fit and its scores. */
    private void forget() {
        fitRead = false;
        fit = null;
        diagnosed = null;
        bands.clear();
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }

    /** Another fit is running. */
    public static final class FitBusy extends Exception {
        FitBusy() {
            super("a CLV fit is running");
        }
    }
}
