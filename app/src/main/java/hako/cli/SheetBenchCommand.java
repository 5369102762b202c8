package hako.cli;

import hako.bench.SheetBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako bench-sheet}: the management sheet's export and import timed beside DuckDB's COPY TO csv. */
@Command(name = "bench-sheet", mixinStandardHelpOptions = true,
        description = "Generate N follow-up tasks (all ticked but every 50th, dropped) and time writing the"
                + " management sheet as .xlsx and CSV beside DuckDB's COPY (same query) TO csv, then importing"
                + " the .xlsx back with every tick applied.")
final class SheetBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--tasks", split = ",", defaultValue = "100000", description = "Task counts, default ${DEFAULT-VALUE}.")
    List<Integer> tasks;

    @Option(names = "--dir", defaultValue = "bench-data", description = "Work folder, default ${DEFAULT-VALUE}.")
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        TextTable t = new TextTable("tasks", "sheet rows", "xlsx write s", "csv write s", "raw COPY s", "xlsx ratio",
                "csv ratio", "xlsx import s", "ticks applied", "xlsx MB").alignRight(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        for (int n : tasks) {
            SheetBenchmark.Result r = new SheetBenchmark(dir).run(n);
            t.row(f("%,d", r.tasks()), f("%,d", r.sheetRows()), f("%.2f", r.xlsx()), f("%.2f", r.csv()),
                    f("%.3f", r.rawCopy()), f("%.1f", r.xlsxRatio()), f("%.1f", r.csvRatio()),
                    f("%.2f", r.importXlsx()), f("%,d", r.applied()), f("%.1f", r.xlsxBytes() / 1e6));
        }
        out.printf("cores %d, max heap %d MB, %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"));
        out.print(t.render());
        return 0;
    }

    private static String f(String format, Object value) {
        return String.format(Locale.ROOT, format, value);
    }
}
