package hako.analyses.cohorts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * A cohort in its month {@code monthNo} (1 = the first-purchase month): customers who bought in it
 * ({@code active}), their orders and sales, the cohort's sales in months 1…monthNo, and whether the
 * calendar month has ended by the as-of date.
 */
public record CohortCell(YearMonth cohort, long customers, int monthNo, long active, long orders, BigDecimal sales,
                         BigDecimal cumulativeSales, boolean complete) {

    /** Share of the cohort buying in this month (1 in month 1). */
    public double continuation() {
        return (double) active / customers;
    }

    /** 1 − continuation. */
    public double churn() {
        return 1 - continuation();
    }

    /** Cumulative revenue per customer through this month: the historical LTV, in yen to the cent. */
    public BigDecimal ltv() {
        return cumulativeSales.divide(BigDecimal.valueOf(customers), 2, RoundingMode.HALF_UP);
    }

    /** The calendar month of this cell. */
    public YearMonth month() {
        return cohort.plusMonths(monthNo - 1L);
    }
}
