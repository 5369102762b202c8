package hako.analyses.decomposition;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One window's purchases: distinct buyers, orders and sales. Frequency and unit price are undefined
 * (null) when there is nobody to divide by: a month with no sales has customers, orders and sales 0.
 */
public record Factors(long customers, long orders, BigDecimal sales) {

    /** Orders per buyer, or null without buyers. */
    public Double frequency() {
        return customers == 0 ? null : (double) orders / customers;
    }

    /** Sales per order in yen, rounded half up to cents, or null without orders. */
    public BigDecimal unitPrice() {
        return orders == 0 ? null : sales.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP);
    }

    /** The factor's exact value (unit price not rounded), or null when undefined. */
    public Double value(Factor factor) {
        return switch (factor) {
            case CUSTOMERS -> (double) customers;
            case FREQUENCY -> frequency();
            case UNIT_PRICE -> orders == 0 ? null : sales.doubleValue() / orders;
            case SALES -> sales.doubleValue();
        };
    }
}
