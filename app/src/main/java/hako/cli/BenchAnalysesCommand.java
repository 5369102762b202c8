package hako.cli;

import hako.bench.AnalysesBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako bench-analyses}: every analysis timed beside a raw DuckDB query, on a generated shop. */
@Command(name = "bench-analyses", mixinStandardHelpOptions = true,
        description = "Generate a synthetic shop (kept in --dir for later runs) and time every analysis beside a raw"
                + " DuckDB query of its core aggregate, in the same run; the best of --rounds counts.")
final class BenchAnalysesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--customers", defaultValue = "1000000", description = "Customers (default ${DEFAULT-VALUE}).")
    long customers;

    @Option(names = "--orders", defaultValue = "10000000", description = "Orders (default ${DEFAULT-VALUE}).")
    long orders;

    @Option(names = "--rounds", defaultValue = "3", description = "Runs of each analysis (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--dir", defaultValue = "bench-data", description = "Work folder, default ${DEFAULT-VALUE}.")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (orders < customers) {
            throw new IllegalArgumentException("--orders must be at least --customers (each customer buys once)");
        }
        AnalysesBenchmark.Result r = new AnalysesBenchmark(dir, rounds).run(customers, orders);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "cores %d, max heap %d MB; %,d customers, %,d orders, %,d lines%s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, r.customers(),
                r.orders(), r.lines(), r.generate() > 0 ? String.format(Locale.ROOT, " (generated in %.1f s)", r.generate()) : "");
        out.printf(Locale.ROOT, "customer table at %s %s (the journey reads its TOP1%%)%n", AnalysesBenchmark.AS_OF,
                r.snapshot() < 0 ? "stored by an earlier run"
                        : String.format(Locale.ROOT, "stored once in %.3f s", r.snapshot()));
        out.printf(Locale.ROOT, "analysis facts at %s computed and stored in %.3f s (once per import and date,"
                + " before any analysis)%n", AnalysesBenchmark.AS_OF, r.facts());
        TextTable t = new TextTable("analysis", "hako s", "raw DuckDB s", "ratio").alignRight(1, 2, 3);
        for (AnalysesBenchmark.Timing x : r.timings()) {
            t.row(x.analysis(), String.format(Locale.ROOT, "%.3f", x.hako()), String.format(Locale.ROOT, "%.3f", x.raw()),
                    String.format(Locale.ROOT, "%.2f", x.ratio()));
        }
        out.print(t.render());
        out.printf(Locale.ROOT, "load average (1 min) at the end: %.2f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return 0;
    }
}
