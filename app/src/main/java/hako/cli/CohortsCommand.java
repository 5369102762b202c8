package hako.cli;

import hako.analyses.Analysis;
import hako.analyses.cohorts.AcquisitionCost;
import hako.analyses.cohorts.CohortCell;
import hako.analyses.cohorts.CohortSummary;
import hako.analyses.cohorts.Cohorts;
import hako.analyses.cohorts.CpoMonth;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hako cohorts}: cohort cells, 12-month LTV components, or CPO against LTV. */
@Command(name = "cohorts", mixinStandardHelpOptions = true,
        description = "Customers by first-purchase month (month 1 = that month): continuation and cumulative revenue"
                + " per customer (historical LTV) per month (--view cells), the 12-month LTV components per cohort"
                + " (--view components), or CPO = acquisition spend / new customers against the 12-month LTV with"
                + " leaks flagged (--view cpo; import spend first: hako import spend.csv).")
final class CohortsCommand extends AnalysisCommand {

    enum View { cells, components, cpo }

    @Option(names = "--view", defaultValue = "cells", description = "cells, components or cpo (default ${DEFAULT-VALUE}).")
    View view;

    @Option(names = "--months", defaultValue = "24", description = "Months per cohort in cells (default ${DEFAULT-VALUE}).")
    int months;

    @Override
    void run(Connection db, LocalDate date) throws Exception {
        Cohorts cohorts = Cohorts.read(db, date, view == View.cells ? months : Math.max(months, 12));
        switch (view) {
            case cells -> print(Analysis.COHORTS,
                    List.of("cohort", "customers", "month_no", "month", "active", "continuation", "churn", "orders",
                            "sales", "cumulative_sales", "ltv", "complete"),
                    cohorts.cells().stream().map(CohortsCommand::cell).toList(), 1, 2, 4, 5, 6, 7, 8, 9, 10);
            case components -> print(Analysis.COHORTS,
                    List.of("cohort", "customers", "orders_12m", "sales_12m", "ltv_12m", "unit_price",
                            "orders_per_customer", "continuation", "churn", "complete"),
                    cohorts.summaries().stream().map(CohortsCommand::summary).toList(), 1, 2, 3, 4, 5, 6, 7, 8);
            case cpo -> cpo(AcquisitionCost.of(cohorts, db));
        }
    }

    private void cpo(AcquisitionCost cost) throws java.io.IOException {
        List<String[]> rows = new ArrayList<>();
        for (CpoMonth m : cost.months()) {
            rows.add(new String[] {m.month().toString(), m.spend().toPlainString(), channels(m.spendByChannel()),
                Long.toString(m.newCustomers()), TableOutput.number(m.cpo()), TableOutput.number(m.ltv12()),
                m.ltv12() == null ? "" : m.ownLtv() ? "cohort" : "pooled",
                m.leak() == null ? "" : m.leak().toString()});
        }
        print(Analysis.ACQUISITION_COST,
                List.of("month", "spend", "channels", "new_customers", "cpo", "ltv_12m", "ltv_basis", "leak"), rows,
                1, 3, 4, 5);
    }

    private static String channels(Map<String, java.math.BigDecimal> byChannel) {
        return byChannel.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> (e.getKey().isEmpty() ? "-" : e.getKey()) + "=" + e.getValue().toPlainString())
                .collect(Collectors.joining(" "));
    }

    private static String[] cell(CohortCell c) {
        return new String[] {c.cohort().toString(), Long.toString(c.customers()), Integer.toString(c.monthNo()),
            c.month().toString(), Long.toString(c.active()), TableOutput.number(c.continuation(), 4),
            TableOutput.number(c.churn(), 4), Long.toString(c.orders()), c.sales().toPlainString(),
            c.cumulativeSales().toPlainString(), c.ltv().toPlainString(), Boolean.toString(c.complete())};
    }

    private static String[] summary(CohortSummary s) {
        return new String[] {s.cohort().toString(), Long.toString(s.customers()), Long.toString(s.orders()),
            s.sales().toPlainString(), s.ltv12().toPlainString(), s.unitPrice().toPlainString(),
            TableOutput.number(s.ordersPerCustomer(), 4), TableOutput.number(s.continuation(), 4),
            TableOutput.number(s.churn(), 4), Boolean.toString(s.complete())};
    }
}
