package hako.board;

import java.math.BigDecimal;

/**
 * A stage's live numbers: customers in it now and a month earlier, their share of all customers, and
 * the share of the last twelve months' sales made by the customers now in it.
 */
public record StageNumbers(long customers, long customersMonthAgo, double share, BigDecimal sales12Months,
                           double salesShare12Months) {

    /** Customers now minus customers a month earlier. */
    public long change() {
        return customers - customersMonthAgo;
    }
}
