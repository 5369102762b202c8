package hako.cli;

import hako.clv.ClvFit;
import hako.clv.ClvScore;
import hako.clv.ClvScores;
import hako.customers.CustomerMetrics;
import hako.customers.CustomerRow;
import hako.customers.CustomerTable;
import hako.settings.HakoSettings;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako customers}: one row per customer, for people (table) or other tools (CSV). */
@Command(name = "customers", mixinStandardHelpOptions = true,
        description = "Print every customer's metrics: " + "customer_id,frequency,monetary,first_purchase,"
                + "last_purchase,tenure_days,recency_days,rank,tier,cluster,stage (rank order); with a current CLV fit"
                + " (hako clv fit) also p_alive,expected_30,expected_90,expected_365,next_order_date,expected_aov,"
                + "clv_365,churn_risk."
                + " Reads an existing database (hako import creates it).")
final class CustomersCommand implements Callable<Integer> {

    enum Format { csv, table }

    @Spec
    CommandSpec spec;

    @Mixin
    ShopOptions shop;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--format", defaultValue = "csv", description = "csv or table (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        HakoSettings settings = shop.settings();
        try (Connection db = shop.openExisting()) {
            LocalDate date = asOf.resolve(db, settings.zone());
            CustomerMetrics.compute(db, date, settings.rules());
            boolean scored = score(db, date, settings);
            try (Writer w = output == null ? new NonClosing(spec.commandLine().getOut())
                    : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8))) {
                if (format == Format.csv) {
                    writeCsv(db, w, scored);
                } else {
                    writeTable(db, w, scored);
                }
            }
        }
        return 0;
    }

    /** Scores the customers when a current CLV fit exists; says so when the stored one is stale. */
    private boolean score(Connection db, LocalDate date, HakoSettings settings) throws Exception {
        var stored = ClvFit.stored(db);
        if (stored.isEmpty()) {
            return false;
        }
        if (!stored.get().isCurrent(db)) {
            spec.commandLine().getErr().println("hako: the CLV fit is older than the last import, so the CLV columns"
                    + " are left out: run hako clv fit to refit");
            return false;
        }
        ClvScores.compute(db, stored.get(), date, settings.clv());
        return true;
    }

    private static List<String> columns(boolean scored) {
        List<String> columns = new ArrayList<>(CustomerRow.COLUMNS);
        if (scored) {
            columns.addAll(ClvScore.COLUMNS);
        }
        return columns;
    }

    /** Every customer's values in rank order, the CLV scores appended when scored. */
    private static void forEach(Connection db, boolean scored, RowValues sink) throws Exception {
        if (!scored) {
            CustomerTable.forEach(db, row -> sink.accept(row.values()));
            return;
        }
        String[] none = new String[ClvScore.COLUMNS.size()];
        java.util.Arrays.fill(none, "");
        ClvScores.forEachCustomer(db, row -> {
            String[] base = row.customer().values();
            String[] extra = row.score() == null ? none : row.score().values();
            String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
            System.arraycopy(extra, 0, all, base.length, extra.length);
            sink.accept(all);
        });
    }

    @FunctionalInterface
    private interface RowValues {
        void accept(String[] values) throws java.io.IOException;
    }

    private static void writeCsv(Connection db, Writer w, boolean scored) throws Exception {
        w.write(String.join(",", columns(scored)));
        w.write('\n');
        forEach(db, scored, v -> {
            for (int i = 0; i < v.length; i++) {
                if (i > 0) {
                    w.write(',');
                }
                w.write(Csv.quote(v[i]));
            }
            w.write('\n');
        });
    }

    private static void writeTable(Connection db, Writer w, boolean scored) throws Exception {
        TextTable table = new TextTable(columns(scored).toArray(String[]::new));
        table.alignRight(1, 2, 5, 6, 7);
        if (scored) {
            table.alignRight(11, 12, 13, 14, 16, 17);
        }
        List<String[]> rows = new ArrayList<>();
        forEach(db, scored, rows::add);
        rows.forEach(table::row);
        w.write(table.render());
    }

    /** Lets try-with-resources flush standard output without closing it. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(PrintWriter out) {
            super(out);
        }

        @Override
        public void close() {
            flushQuietly();
        }

        private void flushQuietly() {
            try {
                flush();
            } catch (java.io.IOException ignored) {
                // standard output: nothing to do
            }
        }
    }
}
