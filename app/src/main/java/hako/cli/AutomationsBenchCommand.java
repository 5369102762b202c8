package hako.cli;

import hako.bench.AutomationsBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako bench-automations}: one evaluation of the scenarios over N open carts beside a raw DuckDB query. */
@Command(name = "bench-automations", mixinStandardHelpOptions = true,
        description = "Generate N open carts (with views, purchases and orders) set-based in a fresh DuckDB file in --dir,"
                + " then time one evaluation of every scenario into an empty trigger table beside one hand-written DuckDB"
                + " query of the same cart-abandonment step-1 decisions, and check that both found the same."
                + " Each is run --repeats times, alternated; the fastest counts. Then the steady state: 1.5 new events"
                + " per 100 open carts, evaluated a minute later from the first evaluation's watermark.")
final class AutomationsBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--carts", split = ",", defaultValue = "1000000",
            description = "Open-cart counts to run, default ${DEFAULT-VALUE}.")
    List<Integer> carts;

    @Option(names = "--repeats", defaultValue = "3",
            description = "Evaluations and raw queries, alternated; the fastest of each counts. Default ${DEFAULT-VALUE}.")
    int repeats;

    @Option(names = "--dir", defaultValue = "bench-data", description = "Work folder, default ${DEFAULT-VALUE}.")
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        TextTable t = new TextTable("open carts", "events", "cart triggers", "other triggers", "generate s",
                "evaluate s", "again s", "added again", "raw SQL s", "ratio", "same triggers", "new events",
                "steady s", "steady decided", "steady cancelled")
                .alignRight(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14);
        for (int n : carts) {
            AutomationsBenchmark.Result r = new AutomationsBenchmark(dir).run(n, repeats);
            t.row(f("%,d", r.carts()), f("%,d", r.events()), f("%,d", r.cartTriggers()), f("%,d", r.otherTriggers()),
                    f("%.2f", r.generate()), f("%.2f", r.evaluate()), f("%.2f", r.again()), f("%,d", r.addedAgain()),
                    f("%.2f", r.raw()), f("%.2f", r.ratio()), r.sameTriggers() ? "yes" : "NO",
                    f("%,d", r.newEvents()), f("%.2f", r.steady()), f("%,d", r.steadyDecided()),
                    f("%,d", r.steadyCancelled()));
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
