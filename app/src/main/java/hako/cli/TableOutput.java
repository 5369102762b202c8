package hako.cli;

import hako.analyses.Analysis;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code --format csv|table} and {@code -o FILE} for the analysis commands: CSV (a header line, then
 * rows) for other tools, or an aligned table under the analysis's one-sentence definition for people.
 */
final class TableOutput {

    enum Format { csv, table }

    @Option(names = "--format", defaultValue = "csv", description = "csv or table (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the definition above a table: ja or en"
            + " (default: the setting lang).")
    String lang;

    /** Writes {@code rows} under {@code header}; in a table, columns {@code right} are right-aligned. */
    void print(PrintWriter out, Locale settingsLanguage, Analysis analysis, List<String> header, List<String[]> rows,
               int... right) throws IOException {
        try (Writer w = output == null ? new KeepOpen(out)
                : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8))) {
            if (format == Format.csv) {
                w.write(String.join(",", header));
                w.write('\n');
                for (String[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        w.write((i > 0 ? "," : "") + Csv.quote(row[i]));
                    }
                    w.write('\n');
                }
            } else {
                Locale locale = lang == null ? settingsLanguage : hako.settings.HakoSettings.language(lang);
                w.write(analysis.definition(locale) + "\n\n");
                TextTable t = new TextTable(header.toArray(String[]::new)).alignRight(right);
                rows.forEach(t::row);
                w.write(t.render());
            }
        }
    }

    /** A number with {@code decimals} places, or empty for null (undefined, not zero). */
    static String number(Double value, int decimals) {
        return value == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** A plain decimal, or empty for null. */
    static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** Flushes standard output at the end without closing it. */
    private static final class KeepOpen extends java.io.FilterWriter {
        KeepOpen(PrintWriter out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
