package hako.cli;

import hako.customers.CustomerMetrics;
import hako.customers.CustomerRow;
import hako.customers.CustomerTable;
import hako.settings.HakoSettings;
import hako.store.ShopDatabase;
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
                + "last_purchase,tenure_days,recency_days,rank,tier,cluster,stage (rank order)."
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
        try (Connection db = ShopDatabase.openExisting(shop.db)) {
            LocalDate date = asOf.resolve(db, settings.zone());
            CustomerMetrics.compute(db, date, settings.rules());
            try (Writer w = output == null ? new NonClosing(spec.commandLine().getOut())
                    : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8))) {
                if (format == Format.csv) {
                    writeCsv(db, w);
                } else {
                    writeTable(db, w);
                }
            }
        }
        return 0;
    }

    private static void writeCsv(Connection db, Writer w) throws Exception {
        w.write(String.join(",", CustomerRow.COLUMNS));
        w.write('\n');
        CustomerTable.forEach(db, row -> {
            String[] v = row.values();
            for (int i = 0; i < v.length; i++) {
                if (i > 0) {
                    w.write(',');
                }
                w.write(Csv.quote(v[i]));
            }
            w.write('\n');
        });
    }

    private static void writeTable(Connection db, Writer w) throws Exception {
        TextTable table = new TextTable(CustomerRow.COLUMNS.toArray(String[]::new));
        table.alignRight(1, 2, 5, 6, 7);
        List<String[]> rows = new ArrayList<>();
        CustomerTable.forEach(db, row -> rows.add(row.values()));
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
