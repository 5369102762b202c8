package hako.segments;

import hako.clv.ClvScore;
import hako.customers.Cluster;
import hako.customers.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One customer in a list: the metrics of the snapshot and the name and email the customers master
 * had when it was taken (null when the master has none, or when the reader may not see them), and the
 * CLV scores stored for its date (null when the customer has none).
 */
public record Member(String customerId, String name, String email, long frequency, BigDecimal monetary,
                     LocalDate firstPurchase, LocalDate lastPurchase, long tenureDays, long recencyDays, long rank,
                     Cluster tier, Cluster cluster, Stage stage, ClvScore score) {
}
