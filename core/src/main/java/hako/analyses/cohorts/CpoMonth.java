package hako.analyses.cohorts;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * One month of acquisition: spend (per channel and in all), new customers (the month's cohort), CPO =
 * spend ÷ new customers (null without new customers), and the 12-month LTV it is held against: the
 * cohort's own once its month 12 has ended ({@code ownLtv}), else the pooled LTV of the cohorts that
 * are old enough (null when none is). A leak is CPO &gt; LTV, or spend without any new customer;
 * {@code leak} is null when there is no LTV to compare with.
 */
public record CpoMonth(YearMonth month, Map<String, BigDecimal> spendByChannel, BigDecimal spend, long newCustomers,
                       BigDecimal cpo, BigDecimal ltv12, boolean ownLtv, Boolean leak) {

    public CpoMonth {
        spendByChannel = Map.copyOf(spendByChannel);
    }

    /** True only when the month is known to leak. */
    public boolean leaks() {
        return Boolean.TRUE.equals(leak);
    }
}
