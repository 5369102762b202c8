package hako.web;

import hako.analyses.groups.GroupSnapshot;
import hako.board.BoardNumbers;
import hako.customers.AsOfDate;
import hako.followups.Coverage;
import hako.followups.FollowupTasks;
import hako.customers.MetricSnapshot;
import hako.segments.MemberQuery;
import hako.segments.Members;
import hako.settings.HakoSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
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
 */
@Component
public class ShopState {

    private static final int DATES_CACHED = MetricSnapshot.KEPT / 2;
    private static final int COUNTS_CACHED = 1_000;

    private final DataSource db;
    private final HakoSettings settings;
    private final Map<LocalDate, BoardNumbers> numbers = new LinkedHashMap<>(8, 0.75f, true);
    private final Map<MemberQuery, Long> counts = new LinkedHashMap<>(64, 0.75f, true);
    private final java.util.Set<LocalDate> grouped = new java.util.HashSet<>();
    private long dataVersion = -1;
    private LocalDate latest;

    private final ApplicationEventPublisher events;

    ShopState(DataSource db, HakoSettings settings, ApplicationEventPublisher events) {
        this.db = db;
        this.settings = settings;
        this.events = events;
    }

    /** The data version (the last import's id) of the shop as it is now. */
    public synchronized long dataVersion() throws SQLException {
        checkVersion();
        return dataVersion;
    }

    public HakoSettings settings() {
        return settings;
    }

    /** The latest order date, the default as-of date; empty before the first order import. */
    public synchronized Optional<LocalDate> latestOrderDate() throws SQLException {
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
    public synchronized BoardNumbers numbers(LocalDate asOf) throws SQLException {
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
        synchronized (this) {
            counts.clear();
            numbers.clear();
            grouped.clear();
            latest = null;
            dataVersion = -1;
        }
        events.publishEvent(new DataChanged());
    }

    /**
     * Forgets the counts: something they read other than the orders changed (the CLV scores a segment may
     * select by).
     */
    public synchronized void countsChanged() {
        counts.clear();
    }

    /** Published after an import changed the shop's data. */
    public record DataChanged() {
    }

    private void checkVersion() throws SQLException {
        if (dataVersion >= 0) {
            return;
        }
        try (Connection c = db.getConnection()) {
            dataVersion = MetricSnapshot.dataVersion(c);
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
