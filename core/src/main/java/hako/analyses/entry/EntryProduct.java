package hako.analyses.entry;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One entry item (product code or category, with its name): customers whose first order held it; for
 * each F2 window the customers old enough to be counted ({@code f2Base90}) and those who bought again
 * in time; customers with a second purchase and the mean days to it; customers whose first 12 months
 * have ended ({@code ltvBase}) and their revenue in them. {@code top}: among the highest 12-month LTVs.
 */
public record EntryProduct(String item, String label, long customers, long f2Base90, long f2Within90, long f2Base180,
                           long f2Within180, long repeaters, Double averageDaysToSecond, long ltvBase,
                           BigDecimal sales12, boolean top) {

    /** F2 rate within 90 days, or null when no customer is old enough. */
    public Double f2Rate90() {
        return f2Base90 == 0 ? null : (double) f2Within90 / f2Base90;
    }

    /** F2 rate within 180 days, or null when no customer is old enough. */
    public Double f2Rate180() {
        return f2Base180 == 0 ? null : (double) f2Within180 / f2Base180;
    }

    /** Revenue per customer in their first 12 months, or null when nobody has 12 months yet. */
    public BigDecimal ltv12() {
        return ltvBase == 0 ? null : sales12.divide(BigDecimal.valueOf(ltvBase), 2, RoundingMode.HALF_UP);
    }

    EntryProduct flagged() {
        return new EntryProduct(item, label, customers, f2Base90, f2Within90, f2Base180, f2Within180, repeaters,
                averageDaysToSecond, ltvBase, sales12, true);
    }
}
