package hako.cli;

import hako.imports.ImportReport;
import hako.imports.ImportReport.MasterSummary;
import hako.imports.ImportReport.OrdersSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** Prints what an import read and did, mapping included, so a user can check it. */
final class ImportReportPrinter {

    private ImportReportPrinter() {
    }

    static void print(ImportReport report, Path db, PrintWriter out) {
        for (ImportReport.FileRead f : report.files()) {
            out.printf("%s: %s, %s, %s-separated, %s%n", f.file(), f.kind().label(), f.encoding(),
                    f.delimiter() == '\t' ? "tab" : "'" + f.delimiter() + "'", count(f.rows(), "row", "rows"));
            if (f.rows() == 0) {
                out.println("  (no data rows: the file has a header only)");
            }
            out.println("  columns used:");
            f.mapping().forEach(m -> out.println("    " + m));
        }
        for (ImportReport.KindSummary k : report.kinds()) {
            if (k instanceof OrdersSummary o) {
                printOrders(o, out);
            } else if (k instanceof MasterSummary m) {
                out.printf("%s: %s (%s)%s%n", m.kind().label(), count(m.records(), "record", "records"),
                        m.replaced() == 1 ? "1 replaces an existing one"
                                : number(m.replaced()) + " replace existing ones",
                        m.repeated() == 0 ? "" : ", " + count(m.repeated(), "row", "rows") + " repeated an id:"
                                + " the last one was kept");
                printBlank(m.blankLines(), out);
            }
        }
        out.println(report.dryRun() ? "dry run: nothing was written to " + db
                : "imported into " + db + " (import #" + report.importId() + ")");
    }

    private static void printOrders(OrdersSummary o, PrintWriter out) {
        out.printf("orders: %s in %s (%s)%n", count(o.orders(), "order", "orders"), count(o.lines(), "line", "lines"),
                o.replaced() == 1 ? "1 replaces an order already imported"
                        : number(o.replaced()) + " replace orders already imported");
        out.printf("  %s, %s cancelled, %s with net amount ≤ 0 (not purchases)%n",
                count(o.purchases(), "purchase", "purchases"), number(o.cancelled()), number(o.notPositive()));
        if (o.ordersWithoutCustomer() > 0) {
            out.printf("  %s (%s) %s no customer: stored, but in no customer's figures%n",
                    count(o.ordersWithoutCustomer(), "order", "orders"),
                    count(o.linesWithoutCustomer(), "line", "lines"), o.ordersWithoutCustomer() == 1 ? "names" : "name");
        }
        if (o.firstDate() != null) {
            out.printf("  dates %s … %s%n", o.firstDate(), o.lastDate());
        }
        printBlank(o.blankLines(), out);
    }

    private static void printBlank(long blankLines, PrintWriter out) {
        if (blankLines > 0) {
            out.printf("  %s with nothing in the columns used: skipped%n", count(blankLines, "empty line", "empty lines"));
        }
    }

    /** {@code 1 order}, {@code 1,234 orders}. */
    private static String count(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
