package hako.analyses.cohorts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * A cohort's first 12 months (months 1–12): the LTV and what drives it — unit price, orders per
 * customer, continuation (share who bought again in months 2–12) and churn. Until month 12 has ended
 * ({@code complete} false) the figures are those so far.
 */
public record CohortSummary(YearMonth cohort, long customers, long orders, BigDecimal sales, long continued,
                            boolean complete) {

    /** Revenue per customer in months 1–12: the 12-month LTV. */
    public BigDecimal ltv12() {
        return sales.divide(BigDecimal.valueOf(customers), 2, RoundingMode.HALF_UP);
    }

    /** Sales per order. */
    public BigDecimal unitPrice() {
        return sales.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP);
    }

    public double ordersPerCustomer() {
        return (double) orders / customers;
    }

    /** Share of the cohort that bought again in months 2–12. */
    public double continuation() {
        return (double) continued / customers;
    }

    public double churn() {
        return 1 - continuation();
    }
}
