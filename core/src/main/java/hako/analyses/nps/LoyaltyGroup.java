package hako.analyses.nps;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A loyalty group: its customers, their purchases and sales at as-of (customers who answered but never
 * bought count with F = 0), the customers they referred and how many of them referred anyone.
 */
public record LoyaltyGroup(Loyalty loyalty, long customers, long orders, BigDecimal sales, long referrals,
                           long referrers) {

    /** Mean F over the group; null when empty. */
    public Double averageFrequency() {
        return customers == 0 ? null : (double) orders / customers;
    }

    /** Sales ÷ orders; null without orders. */
    public BigDecimal averageOrderValue() {
        return orders == 0 ? null : sales.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP);
    }

    /** Referred customers per member; null when empty. */
    public Double referralsPerCustomer() {
        return customers == 0 ? null : (double) referrals / customers;
    }
}
