package hako.bench;

import hako.automations.Automations;
import hako.automations.Evaluation;
import hako.automations.Scenario;
import hako.settings.HakoSettings;
import hako.store.ShopDatabase;
import hako.store.Sql;
import hako.store.Variables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Generates N open carts (with views, purchases and orders) set-based in a fresh DuckDB file, then
 * times one evaluation of every scenario into an empty trigger table beside one hand-written DuckDB
 * query of the same cart-abandonment step-1 decisions, and checks that both found the same ones. Then
 * the steady state: 1.5 new events per 100 open carts, evaluated a minute later from the first one's watermark.
 */
public final class AutomationsBenchmark {

    /** The instant the shop is evaluated at. */
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    /** The steady-state evaluation: a minute later. */
    static final Instant NEXT = NOW.plusSeconds(60);

    /**
     * One size, in seconds: generating the shop; the evaluation into an empty trigger table and the raw
     * query (fastest of the repeats each); the same evaluation again (adds nothing); the steady state a
     * minute later after 1.5 new events per 100 open carts: its time, the messages it decided and cancelled.
     */
    public record Result(long carts, long events, long cartTriggers, long otherTriggers, double generate,
                         double evaluate, double again, long addedAgain, double raw, boolean sameTriggers,
                         long newEvents, double steady, long steadyDecided, long steadyCancelled) {

        public double ratio() {
            return evaluate / raw;
        }
    }

    private final Path workDir;

    public AutomationsBenchmark(Path workDir) {
        this.workDir = workDir;
    }

    public Result run(int carts, int repeats) throws Exception {
        if (repeats < 1 || carts < 10) {
            throw new IllegalArgumentException("need at least 10 carts and 1 repeat");
        }
        Files.createDirectories(workDir);
        Path db = workDir.resolve("automations-" + carts + ".duckdb");
        Files.deleteIfExists(db);
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + ".wal"));
        HakoSettings settings = HakoSettings.DEFAULTS;
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        try (Connection c = ShopDatabase.open(db)) {
            Variables.set(c, "bench_now", "TIMESTAMP", LocalDateTime.ofInstant(NOW, ZoneOffset.UTC));
            Variables.set(c, "bench_zone", "VARCHAR", settings.zone().getId());
            Variables.set(c, "bn", "BIGINT", carts);
            long start = System.nanoTime();
            Sql.run(c, AutomationsBenchmark.class, "automations_shop.sql");
            double generate = seconds(start);
            double evaluate = Double.MAX_VALUE;
            double raw = Double.MAX_VALUE;
            Evaluation first = null;
            for (int i = 0; i < repeats; i++) {
                execute(c, "DELETE FROM automation_triggers");
                execute(c, "DELETE FROM automation_runs");
                start = System.nanoTime();
                first = Automations.run(c, clock, settings);
                evaluate = Math.min(evaluate, seconds(start));
                start = System.nanoTime();
                Sql.run(c, AutomationsBenchmark.class, "raw_cart.sql");
                raw = Math.min(raw, seconds(start));
            }
            start = System.nanoTime();
            Evaluation again = Automations.run(c, clock, settings);
            double againSeconds = seconds(start);
            long added = again.outcomes().stream().mapToLong(o -> o.decided()).sum();
            long cart = first.of(Scenario.CART_ABANDONMENT).decided();
            long total = first.outcomes().stream().mapToLong(o -> o.decided()).sum();
            boolean same = same(c);
            long events = count(c, "SELECT count(*) FROM events");
            Variables.set(c, "bench_next", "TIMESTAMP", LocalDateTime.ofInstant(NEXT, ZoneOffset.UTC));
            Sql.run(c, AutomationsBenchmark.class, "automations_steady.sql");
            long newEvents = count(c, "SELECT count(*) FROM events") - events;
            start = System.nanoTime();
            Evaluation steady = Automations.run(c, Clock.fixed(NEXT, ZoneOffset.UTC), settings);
            double steadySeconds = seconds(start);
            return new Result(carts, events, cart, total - cart, generate, evaluate, againSeconds, added, raw, same,
                    newEvents, steadySeconds, steady.outcomes().stream().mapToLong(o -> o.decided()).sum(),
                    steady.outcomes().stream().mapToLong(o -> o.cancelledTotal()).sum());
        }
    }

    /** Whether Hako's step-1 cart triggers and the raw query's are the same rows, items included. */
    private static boolean same(Connection c) throws SQLException {
        String hako = "SELECT customer_id, trigger_key, due_at, items FROM automation_triggers"
                + " WHERE scenario = 'cart_abandonment' AND step = 1";
        String raw = "SELECT customer_id, trigger_key, due_at, items FROM raw_cart";
        return count(c, "SELECT (SELECT count(*) FROM (" + hako + " EXCEPT ALL " + raw + "))"
                + " + (SELECT count(*) FROM (" + raw + " EXCEPT ALL " + hako + "))") == 0
                && count(c, "SELECT count(*) FROM raw_cart") > 0;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
