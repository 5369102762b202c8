package hako.web;

import hako.analyses.groups.GroupSnapshot;
import hako.board.BoardNumbers;
import hako.customers.AsOfDate;
import hako.events.EventStore;
import hako.followups.Coverage;
import hako.followups.FollowupTasks;
import hako.customers.MetricSnapshot;
import hako.segments.MemberQuery;
import hako.segments.Members;
import hako.settings.HakoSettings;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The shop's precomputed numbers, by as-of date: computed (and stored as metric snapshots) the first
 * time a date is asked for, and again after an import changes the data. Pages read these instead of
 * recomputing, so they stay fast at a million customers.
 *
 * <p>The server holds its database alone (DuckDB lets one process open a file) and every import in
 * it goes through {@link hako.web.imports.ImportRunner}, which calls {@link #dataChanged()}; so the
 * data version is read once after start or a change, not on every request.
 *
 * <p>Purchases posted to the events API ({@link #purchasesReceived}) are not taken in at once: the numbers are
 * recomputed with them at most once per {@code events.refresh_minutes} (when a page or the timer next looks after
 * the interval), so a steady stream of purchases does not keep the board, the counts and the CLV fit recomputing.
 * Until then the pages keep the numbers as they were and say so ({@link #freshness}).
 */
@Component
public class ShopState {

    private static final Logger LOG = LoggerFactory.getLogger(ShopState.class);
    private static final int DATES_CACHED = MetricSnapshot.KEPT / 2;
    private static final int COUNTS_CACHED = 1_000;

    private final DataSource db;
    private final HakoSettings settings;
    private final Map<LocalDate, BoardNumbers> numbers = new LinkedHashMap<>(8, 0.75f, true);
    private final Map<MemberQuery, Long> counts = new LinkedHashMap<>(64, 0.75f, true);
    private final java.util.Set<LocalDate> grouped = new java.util.HashSet<>();
    private long dataVersion = -1;
    private long fileVersion;
    private LocalDate latest;
    private Instant refreshedAt;
    private long waiting;

    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hako-refresh");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> scheduled;

    ShopState(DataSource db, HakoSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.db = db;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        takeIn(false);
    }

    /**
     * The data version (the last import's id) of the shop as its numbers show it: purchases from the events API
     * waiting for the next refresh are not in it yet.
     */
    public long dataVersion() throws SQLException {
        refreshIfDue();
        synchronized (this) {
            checkVersion();
            return dataVersion;
        }
    }

    /**
     * The data version of the last import of a file (orders, customers, events), leaving out purchases from the
     * events API: a CLV fit made on it or later is the current fit, however many live purchases came since.
     */
    public synchronized long fileVersion() throws SQLException {
        checkVersion();
        return fileVersion;
    }

    public HakoSettings settings() {
        return settings;
    }

    /** The latest order date, the default as-of date; empty before the first order import. */
    public Optional<LocalDate> latestOrderDate() throws SQLException {
        refreshIfDue();
        return latestKnown();
    }

    private synchronized Optional<LocalDate> latestKnown() throws SQLException {
        checkVersion();
        if (latest == null) {
            try (Connection c = db.getConnection()) {
                if (hasOrders(c)) {
                    latest = AsOfDate.latestOrderDate(c);
                }
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The as-of date a page asked for, or the latest order date. */
    public LocalDate asOf(LocalDate requested) throws SQLException {
        if (requested != null) {
            return requested;
        }
        return latestOrderDate().orElseThrow(NoOrdersYet::new);
    }

    /**
     * The day the 3-3-2 rule counts contacts up to for the customer table at {@code asOf}: today when
     * that is the latest table (contacts go on after the last order), else the as-of date.
     */
    public LocalDate contactDay(LocalDate asOf) throws SQLException {
        return Coverage.contactDay(asOf, latestOrderDate().orElse(asOf), LocalDate.now(settings.zone()));
    }

    /** The board's numbers at {@code asOf}, computing and storing the snapshots when needed. */
    public BoardNumbers numbers(LocalDate asOf) throws SQLException {
        refreshIfDue();
        return numbersKnown(asOf);
    }

    private synchronized BoardNumbers numbersKnown(LocalDate asOf) throws SQLException {
        checkVersion();
        BoardNumbers n = numbers.get(asOf);
        if (n == null) {
            try (Connection c = db.getConnection()) {
                n = BoardNumbers.compute(c, asOf, settings.rules());
            }
            numbers.put(asOf, n);
            while (numbers.size() > DATES_CACHED) {
                numbers.remove(numbers.keySet().iterator().next());
            }
        }
        return n;
    }

    /**
     * Stores the groups at {@code asOf} when an enabled follow-up plan targets one (the plans read them);
     * otherwise the board and the plans pages do not pay for them.
     */
    public void groupsForPlans(LocalDate asOf) throws SQLException {
        boolean needed;
        try (Connection c = db.getConnection()) {
            needed = FollowupTasks.targetGroups(c);
        }
        if (needed) {
            groups(asOf);
        }
    }

    /**
     * Stores the behaviour and loyalty groups at {@code asOf}, once per data version: segments that name
     * a group read them.
     */
    public synchronized void groups(LocalDate asOf) throws SQLException {
        checkVersion();
        if (grouped.contains(asOf)) {
            return;
        }
        try (Connection c = db.getConnection()) {
            GroupSnapshot.ensure(c, asOf, settings.behaviours());
        }
        grouped.add(asOf);
    }

    /**
     * How many customers {@code query} selects, remembered until the data changes: counts only change
     * with an import, and the board shows several on every view.
     */
    public long count(MemberQuery query) throws SQLException {
        refreshIfDue();
        if (query.segment().group() != null) {
            groups(query.asOf());
        }
        long version;
        synchronized (this) {
            checkVersion();
            Long known = counts.get(query);
            if (known != null) {
                return known;
            }
            version = dataVersion;
        }
        long n;
        try (Connection c = db.getConnection()) {
            n = Members.count(c, query);
        }
        synchronized (this) {
            if (dataVersion == version) {
                counts.put(query, n);
                while (counts.size() > COUNTS_CACHED) {
                    counts.remove(counts.keySet().iterator().next());
                }
            }
        }
        return n;
    }

    /** Forgets everything computed and tells the app ({@link DataChanged}): the data changed (an import). */
    public void dataChanged() {
        refresh(false);
    }

    /**
     * {@code orders} purchases posted to the events API became orders: the numbers are recomputed with them now
     * when the last refresh is {@code events.refresh_minutes} ago or more, else when that interval is over.
     */
    public void purchasesReceived(long orders) {
        if (orders <= 0) {
            return;
        }
        synchronized (this) {
            waiting += orders;
            if (!due()) {
                schedule();
                return;
            }
        }
        refreshIfDue();
    }

    /** How fresh the numbers are: when they were computed, and the purchases waiting for the next refresh. */
    public Freshness freshness() {
        refreshIfDue();
        synchronized (this) {
            return new Freshness(refreshedAt, waiting, waiting > 0 ? nextRefresh() : null, settings.zone());
        }
    }

    /** Recomputes with the waiting purchases when their interval is over (pages and the timer call this). */
    void refreshIfDue() {
        synchronized (this) {
            if (!due()) {
                return;
            }
        }
        if (takeIn(true)) {
            events.publishEvent(new DataChanged(true));
        }
    }

    private boolean due() {
        return waiting > 0 && !clock.instant().isBefore(nextRefresh());
    }

    private Instant nextRefresh() {
        return refreshedAt.plus(settings.refresh().events());
    }

    /** Has the timer look when the interval is over, so that the numbers refresh without a page asking. */
    private void schedule() {
        if (scheduled == null) {
            long millis = Math.max(1, Duration.between(clock.instant(), nextRefresh()).toMillis());
            scheduled = timer.schedule(this::onTimer, millis, TimeUnit.MILLISECONDS);
        }
    }

    private void onTimer() {
        synchronized (this) {
            scheduled = null;
        }
        try {
            refreshIfDue();
        } catch (RuntimeException e) {
            LOG.warn("could not refresh the numbers with the live purchases", e);
        }
        synchronized (this) {
            if (waiting > 0) {
                schedule();
            }
        }
    }

    private void refresh(boolean live) {
        takeIn(false);
        events.publishEvent(new DataChanged(live));
    }

    /**
     * Takes every purchase so far into the data version and forgets what was computed: at start, at every
     * refresh, and at stop (so that the CLI, once the server is stopped, computes with them); with
     * {@code onlyIfDue}, only when the waiting purchases are still due (another thread may just have taken them
     * in). The connection is taken before the lock: pages hold one while they wait for it.
     */
    private boolean takeIn(boolean onlyIfDue) {
        try (Connection c = db.getConnection()) {
            synchronized (this) {
                if (onlyIfDue && !due()) {
                    return false;
                }
                EventStore.takeIn(c);
                counts.clear();
                numbers.clear();
                grouped.clear();
                latest = null;
                dataVersion = -1;
                waiting = 0;
                refreshedAt = clock.instant();
                if (scheduled != null) {
                    scheduled.cancel(false);
                    scheduled = null;
                }
                return true;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the live purchases into the numbers", e);
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
        takeIn(false);
    }

    /**
     * Forgets the counts: something they read other than the orders changed (the CLV scores a segment may
     * select by).
     */
    public synchronized void countsChanged() {
        counts.clear();
    }

    /**
     * Published after the shop's data changed: an import ({@code live} false), or purchases from the events API
     * taken into the numbers at their refresh ({@code live} true).
     */
    public record DataChanged(boolean live) {
    }

    private void checkVersion() throws SQLException {
        if (dataVersion >= 0) {
            return;
        }
        try (Connection c = db.getConnection()) {
            dataVersion = MetricSnapshot.dataVersion(c);
            fileVersion = EventStore.lastFileImport(c);
        }
        counts.clear();
        numbers.clear();
        grouped.clear();
        latest = null;
    }

    private static boolean hasOrders(Connection c) throws SQLException {
        try (var s = c.createStatement(); var r = s.executeQuery("SELECT EXISTS (SELECT 1 FROM orders)")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    /** A page needs numbers and the shop has no orders yet. */
    public static final class NoOrdersYet extends RuntimeException {
        NoOrdersYet() {
            super("no orders yet");
        }
    }
}
