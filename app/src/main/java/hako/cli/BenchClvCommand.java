package hako.cli;

import hako.bench.ClvBenchmark;
import hako.clv.ClvFit;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako bench-clv}: times the CLV fit and scoring at scale on a simulated shop. */
@Command(name = "bench-clv", mixinStandardHelpOptions = true,
        description = "Simulate N customers buying as BG/NBD and Gamma-Gamma say (CDNOW's parameters), then time the"
                + " CLV fit and the scoring of every customer beside the raw DuckDB query that builds the same"
                + " per-customer summary, and show how closely the fit recovers the simulated parameters.")
final class BenchClvCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--customers", paramLabel = "N", defaultValue = "1000000",
            description = "Customers to simulate (default ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "bench-clv",
            description = "Folder for the temporary database (default ${DEFAULT-VALUE}); the file is deleted after.")
    Path work;

    @Override
    public Integer call() throws Exception {
        if (customers < ClvFit.MIN_CUSTOMERS) {
            throw new IllegalArgumentException("--customers must be at least " + ClvFit.MIN_CUSTOMERS);
        }
        ClvBenchmark.Result r = new ClvBenchmark(work).run(customers);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%,d customers, %,d orders, %,d distinct (x, t_x, T) patterns; %d processors%n",
                r.customers(), r.orders(), r.patterns(), Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "simulate and load the orders     %7.2f s%n", r.simulate());
        out.printf(Locale.ROOT, "raw DuckDB summary query         %7.2f s  (baseline: x, t_x, T, mean spend per customer)%n",
                r.rawSummary());
        out.printf(Locale.ROOT, "Hako clv fit (summary + both MLE) %6.2f s  (target < 10 s at 1M customers)%n", r.fit());
        out.printf(Locale.ROOT, "Hako scoring every customer       %6.2f s  (target < 5 s at 1M customers)%n", r.score());
        out.printf(Locale.ROOT, "store fit and scores              %6.2f s%n", r.storeScores());
        out.println("context: Python lifetimes needs ~50 s to fit ~100k transactions (lifetimes issue #132)");
        double[] fitted = concat(r.fitted().purchases().values(), r.fitted().spend().values());
        double[] se = concat(r.fitted().purchases().standardErrors(), r.fitted().spend().standardErrors());
        String[] names = {"r", "alpha", "a", "b", "p", "q", "gamma"};
        TextTable t = new TextTable("parameter", "simulated", "fitted", "std_error").alignRight(1, 2, 3);
        for (int i = 0; i < names.length; i++) {
            t.row(names[i], ClvPrinter.number(ClvBenchmark.TRUE_PARAMETERS[i]), ClvPrinter.number(fitted[i]),
                    ClvPrinter.number(se[i]));
        }
        out.print(t.render());
        return 0;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
