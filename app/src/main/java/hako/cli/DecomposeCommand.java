package hako.cli;

import hako.analyses.Analysis;
import hako.analyses.AnalysisQuery;
import hako.analyses.decomposition.Buyers;
import hako.analyses.decomposition.DecompositionRow;
import hako.analyses.decomposition.Factor;
import hako.analyses.decomposition.SalesDecomposition;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hako decompose}: sales = customers × frequency × unit price per month, against a year earlier. */
@Command(name = "decompose", mixinStandardHelpOptions = true,
        description = "Per month: customers (distinct buyers) × frequency (orders / buyers) × unit price (sales /"
                + " orders), each against the same month a year earlier (ratio, up/down), for all, new and existing"
                + " buyers, and whether each factor was above last year two months running.")
final class DecomposeCommand extends AnalysisCommand {

    private static final Factor[] FACTORS = {Factor.CUSTOMERS, Factor.FREQUENCY, Factor.UNIT_PRICE, Factor.SALES};

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "First month (default: the first purchase's).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "Last month (default: the as-of date's).")
    String to;

    @Option(names = "--buyers", paramLabel = "WHO", description = "all, new or existing (default: all three).")
    String buyers;

    @Override
    void run(Connection db, LocalDate date) throws Exception {
        LocalDate first = AnalysisQuery.firstPurchase(db, date);
        if (first == null) {
            throw new IllegalStateException("no purchases on or before " + date);
        }
        YearMonth start = from == null ? YearMonth.from(first) : month("--from", from);
        YearMonth end = to == null ? YearMonth.from(date) : month("--to", to);
        SalesDecomposition d = SalesDecomposition.read(db, date, start, end);
        Buyers only = buyers == null ? null : Buyers.ofKey(buyers);
        List<String[]> rows = new ArrayList<>();
        for (DecompositionRow r : d.rows()) {
            if (only == null || r.buyers() == only) {
                rows.add(row(r));
            }
        }
        print(Analysis.DECOMPOSITION, header(), rows,
                4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17);
    }

    private YearMonth month(String option, String text) {
        try {
            return YearMonth.parse(text.strip().replace('/', '-'));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " " + text + ": write a month as YYYY-MM, e.g. 2022-11");
        }
    }

    private static List<String> header() {
        List<String> h = new ArrayList<>(List.of("month", "buyers", "from", "to", "customers", "orders", "sales",
                "frequency", "unit_price", "customers_ly", "orders_ly", "sales_ly", "frequency_ly", "unit_price_ly"));
        for (Factor f : FACTORS) {
            h.add(f.key() + "_ratio");
        }
        for (Factor f : FACTORS) {
            h.add(f.key() + "_trend");
        }
        for (Factor f : FACTORS) {
            h.add(f.key() + "_two_months_up");
        }
        return h;
    }

    private static String[] row(DecompositionRow r) {
        List<String> v = new ArrayList<>(List.of(r.month().toString(), r.buyers().key(), r.from().toString(),
                r.to().toString(), Long.toString(r.now().customers()), Long.toString(r.now().orders()),
                r.now().sales().toPlainString(), TableOutput.number(r.now().frequency(), 4),
                TableOutput.number(r.now().unitPrice()), Long.toString(r.yearAgo().customers()),
                Long.toString(r.yearAgo().orders()), r.yearAgo().sales().toPlainString(),
                TableOutput.number(r.yearAgo().frequency(), 4), TableOutput.number(r.yearAgo().unitPrice())));
        for (Factor f : FACTORS) {
            v.add(TableOutput.number(r.ratio(f), 4));
        }
        for (Factor f : FACTORS) {
            v.add(r.trend(f).name().toLowerCase(java.util.Locale.ROOT));
        }
        for (Factor f : FACTORS) {
            v.add(Boolean.toString(r.twoMonthsUp(f)));
        }
        return v.toArray(String[]::new);
    }
}
