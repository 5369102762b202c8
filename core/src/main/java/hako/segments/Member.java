package hako.segments;

import hako.customers.Cluster;
import hako.customers.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One customer in a list: the metrics of the snapshot and the name and email from the customers
 * master (null when the master has none, or when the reader may not see them).
 */
public record Member(String customerId, String name, String email, long frequency, BigDecimal monetary,
                     LocalDate firstPurchase, LocalDate lastPurchase, long tenureDays, long recencyDays, long rank,
                     Cluster tier, Cluster cluster, Stage stage) {

    /** The same member with the master's name and email. */
    public Member withMaster(String name, String email) {
        return new Member(customerId, name, email, frequency, monetary, firstPurchase, lastPurchase, tenureDays,
                recencyDays, rank, tier, cluster, stage);
    }
}
