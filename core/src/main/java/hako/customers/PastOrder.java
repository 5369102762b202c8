package hako.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One order of a customer's history, with its lines when the export had them.
 *
 * @param amount net amount paid for goods
 * @param status the shop's own status text, null when the export had none
 */
public record PastOrder(String orderId, LocalDate orderDate, LocalDateTime orderedAt, BigDecimal amount,
                        boolean cancelled, String status, List<OrderedItem> items) {

    public PastOrder {
        items = List.copyOf(items);
    }

    /** Whether it counts in F and M: not cancelled and a positive net amount (DOMAIN.md). */
    public boolean isPurchase() {
        return !cancelled && amount.signum() > 0;
    }

    /** A line of the order: a product and how many. */
    public record OrderedItem(String productCode, String productName, BigDecimal quantity, BigDecimal amount) {

        /** The product name, or its code when the line has no name. */
        public String label() {
            return productName != null && !productName.isBlank() ? productName
                    : productCode == null ? "" : productCode;
        }
    }
}
