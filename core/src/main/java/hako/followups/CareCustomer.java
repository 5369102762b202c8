package hako.followups;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A TOP1% customer in individual care (DOMAIN.md step 4).
 *
 * @param lastContact the latest contact, null when none
 * @param next        the earliest open task, else the next step of a care plan; null when none
 * @param staff       the staff member in charge, null when nobody is assigned
 */
public record CareCustomer(String customerId, String name, long rank, long frequency, BigDecimal monetary,
                           LocalDate lastPurchase, long recencyDays, ContactPoint lastContact, Next next,
                           String staff) {

    /**
     * What comes next: an open task ({@code taskId} set) or a planned step without a task yet.
     */
    public record Next(Long taskId, String planId, int stepNo, Channel channel, LocalDate due) {
    }
}
