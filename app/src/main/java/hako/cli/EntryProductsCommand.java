package hako.cli;

import hako.analyses.Analysis;
import hako.analyses.ItemLevel;
import hako.analyses.entry.EntryProduct;
import hako.analyses.entry.EntryProducts;
import hako.analyses.entry.EntrySort;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hako entry-products}: which first-purchase products make loyal customers. */
@Command(name = "entry-products", mixinStandardHelpOptions = true,
        description = "Per product (or category) in customers' first order: customers, F2 rate within 90 and 180"
                + " days, average days to the second purchase, 12-month LTV; the entries with the highest LTV flagged.")
final class EntryProductsCommand extends AnalysisCommand {

    @Option(names = "--by", defaultValue = "product", description = "product or category (default ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--sort", defaultValue = "ltv12",
            description = "customers, f2_90, f2_180, days_to_second or ltv12 (default ${DEFAULT-VALUE}), largest first.")
    String sort;

    @Option(names = "--ascending", description = "Smallest first.")
    boolean ascending;

    @Option(names = "--top", defaultValue = "" + EntryProducts.TOP,
            description = "How many entries to flag by 12-month LTV (default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--min-customers", defaultValue = "" + EntryProducts.MIN_CUSTOMERS,
            description = "Customers with 12 months an entry needs to be flagged (default ${DEFAULT-VALUE}).")
    int minCustomers;

    @Override
    void run(Connection db, LocalDate date) throws Exception {
        ItemLevel level = ItemLevel.ofKey(by);
        EntrySort order = EntrySort.ofKey(sort);
        EntryProducts entries = EntryProducts.read(db, date, level, top, minCustomers);
        List<String[]> rows = entries.sorted(order, !ascending).stream().map(EntryProductsCommand::row).toList();
        print(Analysis.ENTRY_PRODUCTS,
                List.of("item", "label", "customers", "f2_90_base", "f2_rate_90", "f2_180_base", "f2_rate_180",
                        "repeaters", "avg_days_to_second", "ltv12_customers", "ltv12", "top"),
                rows, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        if (entries.withoutLines() > 0) {
            spec.commandLine().getErr().printf("%,d customers' first order has no product lines: no entry product%n",
                    entries.withoutLines());
        }
    }

    private static String[] row(EntryProduct e) {
        return new String[] {e.item(), e.label(), Long.toString(e.customers()), Long.toString(e.f2Base90()),
            TableOutput.number(e.f2Rate90(), 4), Long.toString(e.f2Base180()), TableOutput.number(e.f2Rate180(), 4),
            Long.toString(e.repeaters()), TableOutput.number(e.averageDaysToSecond(), 1), Long.toString(e.ltvBase()),
            TableOutput.number(e.ltv12()), Boolean.toString(e.top())};
    }
}
