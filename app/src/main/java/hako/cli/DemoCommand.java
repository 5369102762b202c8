package hako.cli;

import hako.clv.Calibration;
import hako.clv.ClvFit;
import hako.clv.ClvRefused;
import hako.clv.ClvScores;
import hako.customers.AsOfDate;
import hako.customers.CustomerMetrics;
import hako.customers.ShopSummary;
import hako.demo.DemoFiles;
import hako.demo.DemoOptions;
import hako.demo.DemoShop;
import hako.imports.ImportOptions;
import hako.imports.ImportReport;
import hako.imports.Importer;
import hako.settings.HakoSettings;
import hako.store.ShopDatabase;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code hako demo}: generates a realistic demo shop (fixed seed), imports it into an embedded
 * database and prints its summary; with {@code --out}, only writes the CSVs (for benchmarks).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate a demo shop (about two years of orders, ~20k customers), import it into"
                + " demo-shop/demo.duckdb, print its summary and serve its board at http://localhost:8080."
                + " With --out DIR, only write the CSVs there.")
final class DemoCommand implements Callable<Integer> {

    private static final Path DEFAULT_DIR = Path.of("demo-shop");

    @Spec
    CommandSpec spec;

    @Option(names = "--customers", defaultValue = "20000", description = "Number of customers, default ${DEFAULT-VALUE}.")
    int customers;

    @Option(names = "--seed", defaultValue = "20261122", description = "Random seed, default ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Only write orders.csv, customers.csv and products.csv to DIR.")
    Path out;

    @Option(names = "--utf8", description = "Write orders.csv in UTF-8 instead of Shift_JIS (Windows-31J).")
    boolean utf8;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Database to create, default demo-shop/demo.duckdb (always recreated)."
                    + " An existing FILE is replaced only with --force.")
    Path db;

    @Option(names = "--force", description = "Replace the --db FILE if it exists (its data is lost).")
    boolean force;

    @Option(names = "--lang", paramLabel = "LANG", description = "ja (default) or en.")
    String lang;

    @Option(names = "--no-serve", description = "Stop after the summary instead of serving the board.")
    boolean noServe;

    @picocli.CommandLine.Mixin
    WebServerOptions web;

    /**
     * Fits the CLV models on the whole history and scores every customer at the latest order date, so that the
     * served pages and {@code hako customers} show P(alive) and CLV at once; a demo too small for a fit says why.
     */
    private static void fitClv(Connection c, LocalDate asOf, HakoSettings settings, Path database, PrintWriter w)
            throws Exception {
        w.println();
        try {
            ClvFit fit = ClvFit.fit(c, new Calibration(asOf, null, settings.clv().zeroOrders()));
            fit.store(c);
            ClvScores.compute(c, fit, asOf, settings.clv());
            ClvScores.store(c, fit, asOf, settings.clv());
            w.print(ClvPrinter.fit(fit));
            w.println("CLV scores stored for every customer at " + asOf + " (the checks: ./hako clv diagnostics --db "
                    + database + ")");
        } catch (ClvRefused e) {
            w.println("no CLV fit: " + e.getMessage());
        }
    }

    @Override
    public Integer call() throws Exception {
        if (db != null && Files.exists(db) && !force) {
            throw new IllegalArgumentException(db + " already exists and hako demo would replace it with the demo"
                    + " shop: choose another --db, or add --force to replace it");
        }
        PrintWriter w = spec.commandLine().getOut();
        DemoOptions options = DemoOptions.defaults().customers(customers).seed(seed);
        if (utf8) {
            options = options.ordersEncoding(StandardCharsets.UTF_8);
        }
        TerminalProgress progress = TerminalProgress.on(spec.commandLine().getErr());
        DemoFiles files = DemoShop.write(out != null ? out : DEFAULT_DIR, options, progress);
        progress.finish();
        w.printf(Locale.ROOT, "demo shop: %,d customers, %,d orders, %,d order lines%n  %s%n  %s%n  %s%n",
                files.customerCount(), files.orderCount(), files.orderLines(), files.orders(),
                files.customers(), files.products());
        if (out != null && db == null) {
            w.println("import them with: ./hako import --db shop.duckdb " + files.orders() + " " + files.customers()
                    + " " + files.products());
            return 0;
        }
        Path database = db != null ? db : DEFAULT_DIR.resolve("demo.duckdb");
        Files.deleteIfExists(database);
        Files.deleteIfExists(Path.of(database + ".wal"));
        HakoSettings settings = HakoSettings.DEFAULTS;
        try (Connection c = ShopDatabase.open(database)) {
            ImportReport report = new Importer(c, ImportOptions.defaults(settings.zone()))
                    .run(List.of(files.orders(), files.customers(), files.products()), progress);
            progress.finish();
            ImportReportPrinter.print(report, database, w);
            LocalDate asOf = AsOfDate.latestOrderDate(c);
            CustomerMetrics.compute(c, asOf, settings.rules());
            w.println();
            Locale locale = lang == null ? settings.language() : HakoSettings.language(lang);
            w.print(new SummaryPrinter(locale, settings.rules()).render(ShopSummary.read(c, asOf, settings.rules())));
            fitClv(c, asOf, settings, database, w);
        }
        w.println();
        if (noServe) {
            w.println("next: ./hako serve --db " + database + "   or   ./hako customers --db " + database
                    + " --format table | less    (./hako --help for more)");
            return 0;
        }
        w.println("serving the demo shop's board (Ctrl+C stops it; ./hako demo --no-serve only builds the shop)");
        web.serve(web.options(database, settings), w);
        return 0;
    }
}
