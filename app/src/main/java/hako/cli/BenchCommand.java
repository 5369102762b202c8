package hako.cli;

import hako.bench.Benchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako bench}: import and metrics timed beside raw DuckDB, as ratios. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generate N order lines and time Hako's import and customer metrics beside raw DuckDB"
                + " (read_csv into a table; one GROUP BY) in the same run.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lines", split = ",", defaultValue = "1000000,10000000",
            description = "Order line counts to run, default ${DEFAULT-VALUE}.")
    List<Long> lines;

    @Option(names = "--dir", defaultValue = "bench-data", description = "Work folder, default ${DEFAULT-VALUE}.")
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        TerminalProgress progress = TerminalProgress.on(spec.commandLine().getErr());
        List<Benchmark.Result> results = new ArrayList<>();
        for (long n : lines) {
            results.add(new Benchmark(dir, progress).run(n));
            progress.finish();
        }
        out.printf("cores %d, max heap %d MB, %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"));
        TextTable t = new TextTable("lines", "orders", "customers", "import s", "raw read_csv s", "ratio",
                "metrics s", "raw GROUP BY s", "ratio", "end to end s", "peak heap MB").alignRight(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        for (Benchmark.Result r : results) {
            t.row(f("%,d", r.lines()), f("%,d", r.orders()), f("%,d", r.customers()), f("%.2f", r.hakoImport()),
                    f("%.2f", r.rawRead()), f("%.2f", r.importRatio()), f("%.3f", r.hakoMetrics()),
                    f("%.3f", r.rawGroupBy()), f("%.2f", r.metricsRatio()), f("%.1f", r.endToEnd()),
                    f("%d", r.peakHeap() >> 20));
        }
        out.print(t.render());
        return 0;
    }

    private static String f(String format, Object value) {
        return String.format(Locale.ROOT, format, value);
    }
}
