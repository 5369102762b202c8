package hako.bench;

import hako.customers.AsOfDate;
import hako.customers.MetricRules;
import hako.customers.MetricSnapshot;
import hako.demo.DemoFiles;
import hako.demo.DemoOptions;
import hako.demo.DemoShop;
import hako.followups.DefaultPlans;
import hako.followups.FollowupTasks;
import hako.followups.Generation;
import hako.imports.ImportOptions;
import hako.imports.ImportProgress;
import hako.imports.Importer;
import hako.store.ShopDatabase;
import hako.store.Sql;
import hako.store.Variables;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * Times the generation of a month's follow-up tasks from the default plans on a demo shop of N
 * customers beside one hand-written DuckDB query computing the same tasks and drop-out reasons, and
 * checks that both found the same tasks. The shop is built once per size and kept in the work folder.
 */
public final class FollowupsBenchmark {

    /**
     * One run, in seconds: the customer snapshot, the generation of the month into an empty task table
     * and the raw query (the fastest of the repeats each), the same generation again (adds nothing); {@code sameTasks} when Hako and the raw query agree on every
     * task and reason.
     */
    public record Result(long customers, YearMonth month, long tasks, long dropped, double snapshot, double generate,
                         double regenerate, double raw, boolean sameTasks) {

        public double ratio() {
            return generate / raw;
        }
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private final Path workDir;
    private final ImportProgress progress;

    public FollowupsBenchmark(Path workDir, ImportProgress progress) {
        this.workDir = workDir;
        this.progress = progress;
    }

    /**
     * Builds or opens the shop of {@code customers}, then generates the month {@code repeats} times
     * from an empty task table, each time followed by the raw query, keeping the fastest of each:
     * on a shared machine the fastest run is the one least disturbed.
     */
    public Result run(int customers, int repeats) throws Exception {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, not " + repeats);
        }
        Path db = shop(customers);
        try (Connection c = ShopDatabase.openExisting(db)) {
            LocalDate asOf = AsOfDate.latestOrderDate(c);
            YearMonth month = YearMonth.from(asOf).plusMonths(1);
            long start = System.nanoTime();
            MetricSnapshot.take(c, asOf, MetricRules.DEFAULTS);
            double snapshot = seconds(start);
            DefaultPlans.installIfNone(c);
            Variables.set(c, "raw_as_of", "DATE", asOf.toString());
            Variables.set(c, "raw_from", "DATE", month.atDay(1).toString());
            Variables.set(c, "raw_to", "DATE", month.atEndOfMonth().toString());
            double generate = Double.MAX_VALUE;
            double raw = Double.MAX_VALUE;
            Generation g = null;
            for (int i = 0; i < repeats; i++) {
                execute(c, "DELETE FROM followup_tasks");
                start = System.nanoTime();
                g = FollowupTasks.generate(c, month.atDay(1), month.atEndOfMonth(), asOf, MetricRules.DEFAULTS);
                generate = Math.min(generate, seconds(start));
                start = System.nanoTime();
                Sql.run(c, FollowupsBenchmark.class, "followups_raw.sql");
                raw = Math.min(raw, seconds(start));
            }
            boolean same = same(c);
            execute(c, "DROP TABLE raw_tasks");
            start = System.nanoTime();
            FollowupTasks.generate(c, month.atDay(1), month.atEndOfMonth(), asOf, MetricRules.DEFAULTS);
            double regenerate = seconds(start);
            return new Result(customers, month, g.tasks(), g.tasks() - g.open(), snapshot, generate, regenerate, raw,
                    same);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Builds (once) and imports a demo shop of {@code customers} with its master and products. */
    private Path shop(int customers) throws Exception {
        Path dir = workDir.resolve(customers + "-customers");
        Path db = dir.resolve("shop.duckdb");
        if (Files.exists(db)) {
            return db;
        }
        DemoFiles files = DemoShop.write(dir, DemoOptions.defaults().customers(customers)
                .ordersEncoding(StandardCharsets.UTF_8), progress);
        Path building = dir.resolve("building.duckdb");
        Files.deleteIfExists(building);
        try (Connection c = ShopDatabase.open(building)) {
            new Importer(c, ImportOptions.defaults(ZONE)).run(List.of(files.orders(), files.customers(), files.products()),
                    progress);
        }
        Files.move(building, db);
        return db;
    }

    /** Whether Hako's tasks and the raw query's are the same rows, drop-out reasons included. */
    private static boolean same(Connection c) throws SQLException {
        String hako = "SELECT plan_id, step_no, customer_id, channel, anchor_date, due_date, product_code, dropped_reason"
                + " FROM followup_tasks";
        String raw = "SELECT plan_id, step_no, customer_id, channel, anchor, due_date, product_code, dropped_reason"
                + " FROM raw_tasks";
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM (" + hako + " EXCEPT ALL " + raw + "))"
                     + " + (SELECT count(*) FROM (" + raw + " EXCEPT ALL " + hako + "))")) {
            r.next();
            return r.getLong(1) == 0;
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
