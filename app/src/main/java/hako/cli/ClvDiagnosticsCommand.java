package hako.cli;

import hako.clv.ClvDiagnostics;
import hako.clv.ClvFit;
import java.io.PrintWriter;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako clv diagnostics}: how well the stored fit predicts. */
@Command(name = "diagnostics", mixinStandardHelpOptions = true,
        description = "Check the stored CLV fit: parameter table; calibration vs holdout by calibration frequency (needs"
                + " a fit with --holdout-end); weekly cumulative repeat purchases, actual vs expected; P(alive) by"
                + " frequency and weeks since the last purchase.")
final class ClvDiagnosticsCommand implements Callable<Integer> {

    enum Section { all, parameters, holdout, tracking, alive }

    enum Format { text, csv }

    @Spec
    CommandSpec spec;

    @Mixin
    ShopOptions shop;

    @Option(names = "--section", defaultValue = "all",
            description = "all, parameters, holdout, tracking or alive (default ${DEFAULT-VALUE}).")
    Section section;

    @Option(names = "--format", defaultValue = "text",
            description = "text or csv (default ${DEFAULT-VALUE}); csv prints one --section other than all.")
    Format format;

    @Override
    public Integer call() throws Exception {
        if (format == Format.csv && section == Section.all) {
            throw new IllegalArgumentException("--format csv prints one table: choose --section parameters, holdout,"
                    + " tracking or alive");
        }
        try (Connection db = shop.openExisting()) {
            ClvFit fit = ClvFit.stored(db).orElseThrow(() -> new IllegalStateException(
                    "no CLV fit stored yet: run hako clv fit first"));
            ClvDiagnostics d = ClvDiagnostics.of(db, fit);
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.csv) {
                for (String[] row : ClvPrinter.section(d, section)) {
                    out.println(String.join(",", java.util.Arrays.stream(row).map(Csv::quote).toList()));
                }
                return 0;
            }
            List<Section> sections = section == Section.all
                    ? List.of(Section.parameters, Section.holdout, Section.tracking, Section.alive) : List.of(section);
            for (Section s : sections) {
                out.println(title(s, d));
                if (s == Section.holdout && d.holdout().isEmpty()) {
                    out.println("(no holdout: fit with --calibration-end and --holdout-end to compare)");
                } else {
                    List<String[]> rows = ClvPrinter.section(d, s);
                    TextTable t = new TextTable(rows.get(0));
                    t.alignRight(java.util.stream.IntStream.range(1, rows.get(0).length).toArray());
                    rows.subList(1, rows.size()).forEach(t::row);
                    out.print(t.render());
                }
                out.println();
            }
        }
        return 0;
    }

    private static String title(Section s, ClvDiagnostics d) {
        return switch (s) {
            case parameters -> "Parameters (BG/NBD in weeks; Gamma-Gamma in the shop's currency)";
            case holdout -> "Calibration vs holdout: mean purchase days in the holdout by calibration frequency";
            case tracking -> "Weekly cumulative repeat purchase days, actual vs expected";
            case alive -> String.format(Locale.ROOT, "P(alive) by frequency and weeks since the last purchase,"
                    + " first purchase %.1f weeks before the calibration end", d.aliveMatrix().tWeeks());
            default -> s.name();
        };
    }
}
