package hako.clusters;

import hako.customers.Cluster;
import java.math.BigDecimal;

/**
 * One cluster's figures at an as-of date.
 *
 * @param sales            the sum of its customers' M
 * @param share            its customers / all customers
 * @param salesShare       its sales / all customers' sales
 * @param averageFrequency mean F; 0 for an empty cluster
 * @param averageMonetary  mean M in yen (two decimals); 0 for an empty cluster
 * @param averageRecency   mean R in days; 0 for an empty cluster
 */
public record ClusterProfile(Cluster cluster, long customers, BigDecimal sales, double share, double salesShare,
                             double averageFrequency, BigDecimal averageMonetary, double averageRecency) {

    public boolean isEmpty() {
        return customers == 0;
    }
}
