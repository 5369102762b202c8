package hako.automations;

import hako.settings.HakoSettings;
import hako.store.InTransaction;
import hako.store.Sql;
import hako.store.Variables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Evaluates the scenarios that are on at the clock's instant: decides new messages into
 * {@code automation_triggers} and cancels pending ones a purchase, an emptied cart or the scenario's
 * off switch ended, in one transaction. A dry run decides the same without writing.
 */
public final class Automations {

    /** Decisions an outcome lists (a dry run's preview); the counts are always complete. */
    public static final int DECISIONS_LISTED = 200;

    /**
     * How far before the previous evaluation's instant events are read again: an event stamped received
     * just before that instant may have been committed just after it, unseen by that evaluation.
     */
    public static final Duration LATE_MARGIN = Duration.ofMinutes(10);

    /**
     * One evaluation at a time in this process: two would decide the same messages concurrently. With
     * DuckDB's one process per file this makes Automations the single writer of automation_triggers,
     * which is what keeps a decision stored once (apply.sql inserts only those not yet stored).
     */
    private static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock();

    private Automations() {
    }

    /** Evaluates now and writes what it decided. */
    public static Evaluation run(Connection c, Clock clock, HakoSettings settings) throws SQLException {
        return evaluate(c, clock.instant(), settings, false);
    }

    /** Evaluates now and writes nothing: who would get what. */
    public static Evaluation dryRun(Connection c, Clock clock, HakoSettings settings) throws SQLException {
        return evaluate(c, clock.instant(), settings, true);
    }

    private static Evaluation evaluate(Connection c, Instant at, HakoSettings settings, boolean dryRun)
            throws SQLException {
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        ONE_AT_A_TIME.lock();
        try {
            long start = System.nanoTime();
            Map<Scenario, Boolean> on = ScenarioSwitches.enabled(c);
            List<Outcome> outcomes = InTransaction.get(c, () -> {
                prepare(c, now, settings, on);
                if (on.get(Scenario.CART_ABANDONMENT)) {
                    Sql.run(c, Automations.class, "cart.sql");
                }
                if (on.get(Scenario.BROWSE_RETARGETING)) {
                    Interest.find(c, now, settings.automations(), false);
                    Sql.run(c, Automations.class, "browse.sql");
                }
                if (on.get(Scenario.RECOMMENDATION)) {
                    Sql.run(c, Automations.class, "recommend_anchors.sql");
                    if (count(c, "SELECT count(*) FROM au_anchors") > 0) {
                        Sql.run(c, Automations.class, "recommend_items.sql");
                    }
                }
                Sql.run(c, Automations.class, "off.sql");
                List<Outcome> result = outcomes(c, on);
                if (!dryRun) {
                    Sql.run(c, Automations.class, "apply.sql");
                }
                return result;
            });
            return new Evaluation(now, dryRun, outcomes, (System.nanoTime() - start) / 1e9);
        } finally {
            ONE_AT_A_TIME.unlock();
        }
    }

    /** The session variables and work tables every evaluation (and the audience) starts from. */
    static void prepareTables(Connection c, Instant now, HakoSettings settings) throws SQLException {
        prepare(c, now.truncatedTo(ChronoUnit.MICROS), settings, ScenarioSwitches.enabled(c));
    }

    private static void prepare(Connection c, Instant now, HakoSettings settings, Map<Scenario, Boolean> on)
            throws SQLException {
        AutomationSettings a = settings.automations();
        Variables.set(c, "au_now", "TIMESTAMP", utc(now));
        Variables.set(c, "au_now_local", "TIMESTAMP",
                LocalDateTime.ofInstant(now, settings.zone()));
        Variables.set(c, "au_zone", "VARCHAR", settings.zone().getId());
        interval(c, "au_catch_up", a.catchUp());
        interval(c, "au_cart_delay", a.cartDelay());
        interval(c, "au_cart_step2", a.cartSecondDelay());
        interval(c, "au_cart_reentry", a.cartReentry());
        interval(c, "au_browse_delay", a.browseDelay());
        interval(c, "au_browse_cap", a.browseCap());
        Variables.set(c, "au_rec_days", "INTEGER", a.recommendDays());
        Variables.set(c, "au_rec_items", "INTEGER", a.recommendItems());
        Variables.set(c, "au_min_support", "INTEGER", a.minSupport());
        interval(c, "au_late_margin", LATE_MARGIN);
        Set<Scenario> off = EnumSet.noneOf(Scenario.class);
        Set<Scenario> enabled = EnumSet.noneOf(Scenario.class);
        on.forEach((s, isOn) -> (isOn ? enabled : off).add(s));
        Variables.setList(c, "au_off", "VARCHAR", off.stream().map(Scenario::key).toArray());
        Variables.setList(c, "au_on", "VARCHAR", enabled.stream().map(Scenario::key).toArray());
        Sql.run(c, Automations.class, "prepare.sql");
    }

    /** Sets {@code name} to an INTERVAL of {@code d} (whole microseconds). */
    static void interval(Connection c, String name, Duration d) throws SQLException {
        Variables.set(c, name, "INTERVAL", (d.toNanos() / 1_000) + " microseconds");
    }

    /** The instant as DuckDB's TIMESTAMP holds Hako's UTC times. */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static List<Outcome> outcomes(Connection c, Map<Scenario, Boolean> on) throws SQLException {
        Map<Scenario, long[]> decided = new EnumMap<>(Scenario.class);
        Map<Scenario, Map<String, Long>> cancelled = new EnumMap<>(Scenario.class);
        Map<Scenario, Map<String, Long>> skipped = new EnumMap<>(Scenario.class);
        for (Scenario s : Scenario.values()) {
            decided.put(s, new long[1]);
            cancelled.put(s, new TreeMap<>());
            skipped.put(s, new TreeMap<>());
        }
        try (Statement st = c.createStatement();
             ResultSet r = st.executeQuery(Sql.load(Automations.class, "outcome_counts.sql"))) {
            while (r.next()) {
                Scenario s = Scenario.ofKey(r.getString("scenario"));
                switch (r.getString("kind")) {
                    case "decided" -> decided.get(s)[0] = r.getLong("n");
                    case "cancelled" -> cancelled.get(s).put(r.getString("reason"), r.getLong("n"));
                    default -> skipped.get(s).put(r.getString("reason"), r.getLong("n"));
                }
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Scenario s : Scenario.values()) {
            outcomes.add(new Outcome(s, on.get(s), decided.get(s)[0], cancelled.get(s), skipped.get(s),
                    decisions(c, s)));
        }
        return outcomes;
    }

    private static List<Decision> decisions(Connection c, Scenario s) throws SQLException {
        List<Decision> list = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(Sql.load(Automations.class, "outcome_decisions.sql"))) {
            p.setString(1, s.key());
            p.setInt(2, DECISIONS_LISTED);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    list.add(new Decision(s, r.getString("customer_id"), r.getString("trigger_key"), r.getInt("step"),
                            r.getObject("due_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), r.getString("items"),
                            r.getString("link"), r.getString("summary")));
                }
            }
        }
        return list;
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
