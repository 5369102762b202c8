package hako.cli;

import hako.settings.HakoSettings;
import hako.web.WebOptions;
import hako.web.bench.EventsBenchmark;
import hako.web.bench.PageBenchmark;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako bench-events}: acknowledged (committed) events per second through the API, beside DuckDB's appender. */
@Command(name = "bench-events", mixinStandardHelpOptions = true,
        description = "Serve a fresh shop and post site events to /api/v1/events with wrk (a second process) over"
                + " loopback, one event per request and in batches; every 202 means committed. Beside it, the same"
                + " events appended in-process with DuckDB's appender, a commit per batch. Needs wrk.")
final class BenchEventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", defaultValue = "bench-data", description = "Work folder, default ${DEFAULT-VALUE}.")
    Path dir;

    @Option(names = "--seconds", defaultValue = "20", description = "Load time per run, default ${DEFAULT-VALUE}"
            + " (after an uncounted warm-up of a quarter of it).")
    int seconds;

    @Option(names = "--batches", split = ",", defaultValue = "1,100,1000",
            description = "Events per request, one run each, default ${DEFAULT-VALUE}.")
    List<Integer> batches;

    @Option(names = "--connections", defaultValue = "64", description = "Concurrent connections for single events"
            + " (batches use 16), default ${DEFAULT-VALUE}.")
    int connections;

    @Override
    public Integer call() throws Exception {
        if (!PageBenchmark.wrkAvailable()) {
            throw new IllegalStateException("wrk is not installed: apt-get install wrk");
        }
        PrintWriter out = spec.commandLine().getOut();
        Files.createDirectories(dir);
        Path db = dir.resolve("events-bench.duckdb");
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
        WebOptions options = new WebOptions(db, "127.0.0.1", 0, HakoSettings.DEFAULTS, null, false);
        TextTable t = new TextTable("events/request", "connections", "events/s", "p50 ms", "p99 ms", "errors",
                "rows stored", "appender events/s", "ratio", "401 events/s", "ratio").alignRight(0, 1, 2, 3, 4, 5, 6, 7,
                8, 9, 10);
        List<EventsBenchmark.Result> results = new java.util.ArrayList<>();
        try (EventsBenchmark bench = new EventsBenchmark(options, new PrintWriter(java.io.Writer.nullWriter()))) {
            for (int batch : batches) {
                results.add(bench.run(batch, batch == 1 ? connections : 16, seconds));
            }
        }
        for (EventsBenchmark.Result r : results) {
            long total = Math.max(r.batch() * 200L, Math.min(2_000_000L, (long) r.eventsPerSecond() * 5));
            double raw = EventsBenchmark.appenderBaseline(dir.resolve("events-raw.duckdb"), (int) total, r.batch());
            t.row(f("%,d", r.batch()), f("%d", r.connections()), f("%,.0f", r.eventsPerSecond()), f("%.1f", r.p50()),
                    f("%.1f", r.p99()), f("%,d", r.errors()), f("%,d", r.rowsStored()), f("%,.0f", raw),
                    f("%.2f", r.eventsPerSecond() / raw), f("%,.0f", r.refusedEventsPerSecond()),
                    f("%.2f", r.eventsPerSecond() / r.refusedEventsPerSecond()));
        }
        out.print(t.render());
        out.println("events/s: events acknowledged (202, committed) per second over " + seconds + " s of load;"
                + " appender: the same events appended in-process, one commit per batch; ratio = API / appender;"
                + " 401: the same requests with a wrong key (HTTP and JSON only, nothing stored); ratio = API / 401.");
        return 0;
    }

    private static String f(String format, Object value) {
        return String.format(Locale.ROOT, format, value);
    }
}
