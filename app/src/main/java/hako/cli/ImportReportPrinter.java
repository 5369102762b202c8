package hako.cli;

import hako.imports.ImportReport;
import hako.imports.ImportReport.MasterSummary;
import hako.imports.ImportReport.OrdersSummary;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Prints what an import read and did, mapping included, so a user can check it. */
final class ImportReportPrinter {

    private ImportReportPrinter() {
    }

    static void print(ImportReport report, Path db, PrintWriter out) {
        for (ImportReport.FileRead f : report.files()) {
            out.printf("%s: %s, %s, %s-separated, %,d rows%n", f.file(), f.kind().label(), f.encoding(),
                    f.delimiter() == '\t' ? "tab" : "'" + f.delimiter() + "'", f.rows());
            out.println("  columns used:");
            f.mapping().forEach(m -> out.println("    " + m));
        }
        for (ImportReport.KindSummary k : report.kinds()) {
            if (k instanceof OrdersSummary o) {
                out.printf("orders: %,d orders in %,d lines (%,d replace orders already imported)%n",
                        o.orders(), o.lines(), o.replaced());
                out.printf("  %,d purchases, %,d cancelled, %,d with net amount ≤ 0 (not purchases)%n",
                        o.purchases(), o.cancelled(), o.notPositive());
                if (o.ordersWithoutCustomer() > 0) {
                    out.printf("  %,d orders (%,d lines) name no customer: stored, but in no customer's figures%n",
                            o.ordersWithoutCustomer(), o.linesWithoutCustomer());
                }
                if (o.firstDate() != null) {
                    out.printf("  dates %s … %s%n", o.firstDate(), o.lastDate());
                }
            } else if (k instanceof MasterSummary m) {
                out.printf("%s: %,d records (%,d replace existing ones)%s%n", m.kind().label(), m.records(), m.replaced(),
                        m.repeated() > 0 ? ", " + m.repeated() + " rows repeated an id: the last one was kept" : "");
            }
        }
        out.println(report.dryRun() ? "dry run: nothing was written to " + db
                : "imported into " + db + " (import #" + report.importId() + ")");
    }
}
