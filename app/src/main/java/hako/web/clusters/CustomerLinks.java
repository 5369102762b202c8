package hako.web.clusters;

import hako.clusters.Band;
import hako.customers.Cluster;
import java.time.LocalDate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where the page's counts lead: the customer list filtered to exactly the customers counted, at the
 * same as-of date. An open band (10+) sets no upper bound.
 */
public record CustomerLinks(LocalDate asOf) {

    /** The whole customer list at the as-of date. */
    public String all() {
        return list().toUriString();
    }

    public String cluster(Cluster cluster) {
        return list().queryParam("cluster", cluster.key()).toUriString();
    }

    public String cell(Band recency, Band frequency) {
        UriComponentsBuilder b = list();
        range(b, "f", frequency);
        range(b, "r", recency);
        return b.toUriString();
    }

    public String frequency(Band frequency) {
        return range(list(), "f", frequency).toUriString();
    }

    public String recency(Band recency) {
        return range(list(), "r", recency).toUriString();
    }

    private UriComponentsBuilder list() {
        return UriComponentsBuilder.fromPath("/customers").queryParam("asOf", asOf.toString());
    }

    private static UriComponentsBuilder range(UriComponentsBuilder b, String measure, Band band) {
        b.queryParam(measure + "Min", band.low());
        if (!band.isOpen()) {
            b.queryParam(measure + "Max", band.high());
        }
        return b;
    }
}
