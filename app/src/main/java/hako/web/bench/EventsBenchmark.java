package hako.web.bench;

import hako.events.EventType;
import hako.store.ShopDatabase;
import hako.web.HakoWeb;
import hako.web.WebOptions;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Event ingestion under load: the server in this process, wrk in another posting batches of events
 * over loopback; every 202 means committed. Beside it the baseline: the same events appended with
 * DuckDB's appender in-process, without HTTP, committed every {@code batch} events.
 */
public final class EventsBenchmark implements AutoCloseable {

    /**
     * One run: acknowledged events per second, with latency per request in milliseconds, and the same
     * load sent with a wrong key (read and parsed, refused 401 before anything is checked or stored):
     * what HTTP and JSON alone cost on this machine.
     */
    public record Result(int batch, int connections, long requests, long errors, double seconds, double p50,
                         double p99, long rowsStored, double refusedPerSecond) {
        public double eventsPerSecond() {
            return (requests - errors) * (double) batch / seconds;
        }

        /** Events per second the wrong-key requests carried: the HTTP ceiling without storing. */
        public double refusedEventsPerSecond() {
            return refusedPerSecond * batch;
        }
    }

    private static final Pattern LINE = Pattern.compile(
            "hako p50=(\\d+) p95=(\\d+) p99=(\\d+) requests=(\\d+) errors=(\\d+) micros=(\\d+)");

    private final ConfigurableApplicationContext app;
    private final WebOptions options;
    private final String key = "bench-" + java.util.UUID.randomUUID();
    private int runs;

    public EventsBenchmark(WebOptions options, java.io.PrintWriter out) {
        this.options = options;
        this.app = HakoWeb.start(options, out, Map.of("hako.events.write-key", key));
    }

    /** wrk posting {@code batch} events per request over {@code connections} connections, after an uncounted warm-up. */
    public Result run(int batch, int connections, int seconds) throws Exception {
        wrk(batch, connections, Math.max(3, seconds / 4), key);
        long before = rows();
        Result r = wrk(batch, connections, seconds, key);
        long stored = rows() - before;
        Result refused = wrk(batch, connections, seconds, "wrong-" + key);
        return new Result(batch, connections, r.requests(), r.errors(), r.seconds(), r.p50(), r.p99(), stored,
                refused.requests() / refused.seconds());
    }

    private Result wrk(int batch, int connections, int seconds, String key) throws Exception {
        String output = Wrk.run("events.lua", List.of("-t1", "-c" + connections, "-d" + seconds + "s", "--latency",
                "--timeout", "10s", url("/api/v1/events"), "--", Integer.toString(batch), key, "r" + runs++));
        Matcher m = LINE.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("wrk printed no result:\n" + output);
        }
        return new Result(batch, connections, Long.parseLong(m.group(4)), Long.parseLong(m.group(5)),
                Long.parseLong(m.group(6)) / 1e6, Long.parseLong(m.group(1)) / 1e3, Long.parseLong(m.group(3)) / 1e3, 0, 0);
    }

    private long rows() throws SQLException {
        try (Connection c = app.getBean(DataSource.class).getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM events")) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * The baseline: {@code total} events of the same shape appended straight into {@code events} of a
     * fresh database file with DuckDB's appender, a commit every {@code batch}; events per second.
     */
    public static double appenderBaseline(Path file, int total, int batch) throws SQLException, java.io.IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(Path.of(file + ".wal"));
        try (Connection c = ShopDatabase.open(file)) {
            c.setAutoCommit(false);
            LocalDateTime now = LocalDateTime.now();
            long start = System.nanoTime();
            for (int done = 0; done < total; done += batch) {
                try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("main", "events")) {
                    for (int n = done; n < done + batch; n++) {
                        a.beginRow();
                        a.append("raw-" + n);
                        a.append(now);
                        a.append(now);
                        a.append((n % 5 == 0 ? EventType.ADD_TO_CART : EventType.PRODUCT_VIEW).key());
                        a.append("v" + n % 50_000);
                        a.appendNull();
                        a.append(String.format("P%04d", n % 2000));
                        a.append("商品 " + n % 2000);
                        a.append(BigDecimal.valueOf(500 + (n % 50) * 100L).setScale(2));
                        a.append(1);
                        a.appendNull();
                        a.append("https://shop.example/p/" + n % 2000);
                        a.appendNull();
                        a.endRow();
                    }
                }
                c.commit();
            }
            return total / ((System.nanoTime() - start) / 1e9);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + ".wal"));
        }
    }

    private String url(String path) {
        return "http://" + options.host() + ":" + app.getEnvironment().getProperty("local.server.port") + path;
    }

    @Override
    public void close() {
        app.close();
    }
}
