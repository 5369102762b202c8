package hako.cli;

import hako.customers.AsOfDate;
import hako.demo.DemoFiles;
import hako.demo.DemoOptions;
import hako.demo.DemoShop;
import hako.imports.ImportOptions;
import hako.imports.Importer;
import hako.settings.HakoSettings;
import hako.store.ShopDatabase;
import hako.web.WebOptions;
import hako.web.bench.PageBenchmark;
import hako.web.bench.RawQuery;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako bench-web}: the pages' latency under load (wrk on loopback) beside the raw queries behind them. */
@Command(name = "bench-web", mixinStandardHelpOptions = true,
        description = "Serve a shop (by default a generated demo shop of 1,000,000 customers) and load the board and"
                + " customer-list pages (a stage, sorted by CLV, filtered by churn risk, a search for 中山) with wrk over loopback; print p50/p95/p99 beside the p95 of the raw DuckDB"
                + " queries each page stands on. Needs wrk (Debian: apt-get install wrk).")
final class WebBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "Benchmark this shop instead of a generated one"
            + " (a user 'bench' is created or has its password reset).")
    Path db;

    @Option(names = "--customers", defaultValue = "1000000", description = "Customers of the generated shop,"
            + " default ${DEFAULT-VALUE}.")
    int customers;

    @Option(names = "--dir", defaultValue = "bench-data", description = "Work folder, default ${DEFAULT-VALUE}.")
    Path dir;

    @Option(names = "--seconds", defaultValue = "20", description = "Load time per page, default ${DEFAULT-VALUE}"
            + " (after a warm-up of the same length that is not counted).")
    int seconds;

    @Option(names = "--connections", defaultValue = "4", description = "Concurrent connections, default ${DEFAULT-VALUE}.")
    int connections;

    @Option(names = "--page", split = ",", paramLabel = "PAGE", description = "Only these pages (${COMPLETION-CANDIDATES});"
            + " default all.")
    List<Page> pages;

    @Option(names = "--raw-runs", defaultValue = "200", description = "Runs of each raw baseline, default ${DEFAULT-VALUE}.")
    int rawRuns;

    /** The pages measured, each beside the raw DuckDB queries it stands on. */
    enum Page {
        board("/", RawQuery::board),
        list("/customers?stage=churn_prevention", RawQuery::customerList),
        clv_sort("/customers?stage=churn_prevention&sort=clv_desc", RawQuery::customerListByClv),
        risk("/customers?risk=high", RawQuery::customerListByRisk),
        search("/customers?q=%E4%B8%AD%E5%B1%B1", RawQuery::customerSearch);

        private final String path;
        private final Function<LocalDate, RawQuery> raw;

        Page(String path, Function<LocalDate, RawQuery> raw) {
            this.path = path;
            this.raw = raw;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (!PageBenchmark.wrkAvailable()) {
            throw new IllegalStateException("wrk is not installed: apt-get install wrk");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path shop = db != null ? db : generated(out);
        LocalDate asOf;
        try (Connection c = ShopDatabase.openExisting(shop)) {
            asOf = AsOfDate.latestOrderDate(c);
        }
        WebOptions options = new WebOptions(shop, "127.0.0.1", 0, HakoSettings.DEFAULTS, null, false);
        TextTable t = new TextTable("page", "p50 ms", "p95 ms", "p99 ms", "requests", "errors", "raw SQL p95 ms",
                "ratio").alignRight(1, 2, 3, 4, 5, 6, 7);
        try (PageBenchmark bench = new PageBenchmark(options, out)) {
            for (Page page : Page.values()) {
                if (pages != null && !pages.contains(page)) {
                    continue;
                }
                PageBenchmark.Result r;
                try {
                    r = bench.run(page.path, seconds, connections, page.raw.apply(asOf), rawRuns);
                } catch (IllegalStateException e) {
                    out.println("skipped: " + e.getMessage());
                    continue;
                }
                if (r.requests() == 0) {
                    // not one answer within the time: no latency to show (and none is 0 ms)
                    t.row(r.page(), "-", "-", "-", "0", f("%d", r.errors()), f("%.1f", r.rawP95()), "-");
                    continue;
                }
                t.row(r.page(), f("%.1f", r.p50()), f("%.1f", r.p95()), f("%.1f", r.p99()), f("%,d", r.requests()),
                        f("%d", r.errors()), f("%.1f", r.rawP95()), f("%.1f", r.ratio()));
                spec.commandLine().getErr().printf(Locale.ROOT, "%s: p95 %.1f ms, raw SQL p95 %.1f ms%n", r.page(),
                        r.p95(), r.rawP95());
            }
        }
        out.printf("%s, as of %s; wrk -t1 -c%d -d%ds on loopback after as long a warm-up; cores %d%n", shop, asOf, connections, seconds,
                Runtime.getRuntime().availableProcessors());
        out.print(t.render());
        return 0;
    }

    /** The demo shop at the asked size, generated and imported once and kept for later runs. */
    private Path generated(PrintWriter out) throws Exception {
        Path file = dir.resolve("web-" + customers + ".duckdb");
        if (Files.exists(file)) {
            return file;
        }
        TerminalProgress progress = TerminalProgress.on(spec.commandLine().getErr());
        DemoFiles files = DemoShop.write(dir.resolve("web-" + customers), DemoOptions.defaults().customers(customers)
                .ordersEncoding(StandardCharsets.UTF_8), progress);
        progress.finish();
        try (Connection c = ShopDatabase.open(file)) {
            new Importer(c, ImportOptions.defaults(HakoSettings.DEFAULTS.zone()))
                    .run(List.of(files.orders(), files.customers(), files.products()), progress);
        }
        progress.finish();
        out.printf(Locale.ROOT, "generated %s: %,d customers, %,d orders, %,d order lines%n", file,
                files.customerCount(), files.orderCount(), files.orderLines());
        return file;
    }

    private static String f(String format, Object value) {
        return String.format(Locale.ROOT, format, value);
    }
}
