package hako.cli;

import hako.bench.FollowupsBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako bench-followups}: a month's follow-up tasks timed beside one raw DuckDB query. */
@Command(name = "bench-followups", mixinStandardHelpOptions = true,
        description = "Build (once, kept in --dir) a demo shop of N customers, then time generating the month after its"
                + " last order from the default plans beside one hand-written DuckDB query of the same tasks, and check"
                + " that both found the same tasks. Each is run --repeats times, alternated; the fastest counts.")
final class FollowupsBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--customers", split = ",", defaultValue = "1000000",
            description = "Customer counts to run, default ${DEFAULT-VALUE}.")
    List<Integer> customers;

    @Option(names = "--repeats", defaultValue = "3",
            description = "Generations and raw queries, alternated; the fastest of each counts. Default ${DEFAULT-VALUE}.")
    int repeats;

    @Option(names = "--dir", defaultValue = "bench-data", description = "Work folder, default ${DEFAULT-VALUE}.")
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        TerminalProgress progress = TerminalProgress.on(spec.commandLine().getErr());
        TextTable t = new TextTable("customers", "month", "tasks", "dropped", "snapshot s", "generate s",
                "again s", "raw SQL s", "ratio", "same tasks").alignRight(0, 2, 3, 4, 5, 6, 7, 8);
        for (int n : customers) {
            FollowupsBenchmark.Result r = new FollowupsBenchmark(dir, progress).run(n, repeats);
            progress.finish();
            t.row(f("%,d", r.customers()), r.month().toString(), f("%,d", r.tasks()), f("%,d", r.dropped()),
                    f("%.2f", r.snapshot()), f("%.2f", r.generate()), f("%.2f", r.regenerate()), f("%.2f", r.raw()),
                    f("%.2f", r.ratio()), r.sameTasks() ? "yes" : "NO");
        }
        out.printf("cores %d, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.print(t.render());
        return 0;
    }

    private static String f(String format, Object value) {
        return String.format(Locale.ROOT, format, value);
    }
}
