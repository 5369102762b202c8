package hako.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One row of the customer table. {@code tier} is null outside the TOP 20 %. */
public record CustomerRow(String customerId, long frequency, BigDecimal monetary, LocalDate firstPurchase,
                          LocalDate lastPurchase, long tenureDays, long recencyDays, long rank, Cluster tier,
                          Cluster cluster, Stage stage) {

    /** The leading columns of {@code hako customers}, in order; later capabilities append after them. */
    public static final List<String> COLUMNS = List.of("customer_id", "frequency", "monetary", "first_purchase",
            "last_purchase", "tenure_days", "recency_days", "rank", "tier", "cluster", "stage");

    /** The values of {@link #COLUMNS}, formatted for CSV: dates yyyy-MM-dd, monetary with two decimals. */
    public String[] values() {
        return new String[] {customerId, Long.toString(frequency), monetary.setScale(2).toPlainString(),
            firstPurchase.toString(), lastPurchase.toString(), Long.toString(tenureDays), Long.toString(recencyDays),
            Long.toString(rank), tier == null ? "" : tier.key(), cluster.key(), stage.key()};
    }
}
