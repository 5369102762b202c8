package hako.analyses.cohorts;

import hako.analyses.AnalysisQuery;
import hako.analyses.facts.AnalysisFacts;
import hako.store.Variables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Cohorts at an as-of date: the cells (cohort × month 1…{@code months}, every observed month present,
 * also when nobody bought) and one 12-month summary per cohort.
 */
public record Cohorts(LocalDate asOf, int months, List<CohortCell> cells, List<CohortSummary> summaries) {

    /** Months per cohort unless asked otherwise: two years. */
    public static final int MONTHS = 24;

    public Cohorts {
        cells = List.copyOf(cells);
        summaries = List.copyOf(summaries);
    }

    public static Cohorts read(Connection c, LocalDate asOf, int months) throws SQLException {
        if (months < 1 || months > 120) {
            throw new IllegalArgumentException("months per cohort must be 1–120, not " + months);
        }
        AnalysisFacts.use(c, asOf);
        Variables.set(c, "hako_cohort_months", "INTEGER", months);
        List<CohortCell> cells = AnalysisQuery.list(c, Cohorts.class, "cohort_cells.sql", asOf,
                r -> new CohortCell(month(r.getObject("cohort", LocalDate.class)), r.getLong("customers"),
                        r.getInt("month_no"), r.getLong("active"), r.getLong("orders"), r.getBigDecimal("sales"),
                        r.getBigDecimal("cumulative_sales"), r.getBoolean("complete")));
        List<CohortSummary> summaries = AnalysisQuery.list(c, Cohorts.class, "cohort_components.sql", asOf,
                r -> new CohortSummary(month(r.getObject("cohort", LocalDate.class)), r.getLong("customers"),
                        r.getLong("orders"), r.getBigDecimal("sales"), r.getLong("continued"), r.getBoolean("complete")));
        return new Cohorts(asOf, months, cells, summaries);
    }

    private static YearMonth month(LocalDate first) {
        return YearMonth.from(first);
    }

    /** The cells of one cohort, month 1 first. */
    public List<CohortCell> of(YearMonth cohort) {
        return cells.stream().filter(x -> x.cohort().equals(cohort)).toList();
    }

    public Optional<CohortSummary> summary(YearMonth cohort) {
        return summaries.stream().filter(s -> s.cohort().equals(cohort)).findFirst();
    }

    /**
     * The 12-month LTV of all cohorts whose month 12 has ended, pooled (their revenue in months 1–12 ÷
     * their customers); empty when no cohort is that old.
     */
    public Optional<BigDecimal> pooledLtv12() {
        long customers = 0;
        BigDecimal sales = BigDecimal.ZERO;
        for (CohortSummary s : summaries) {
            if (s.complete()) {
                customers += s.customers();
                sales = sales.add(s.sales());
            }
        }
        return customers == 0 ? Optional.empty()
                : Optional.of(sales.divide(BigDecimal.valueOf(customers), 2, RoundingMode.HALF_UP));
    }
}
