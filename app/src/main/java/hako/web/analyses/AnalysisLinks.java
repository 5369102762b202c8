package hako.web.analyses;

import hako.analyses.groups.CustomerGroup;
import hako.customers.Cluster;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.web.util.UriComponentsBuilder;

/** Where the analyses' counts lead: the customer list filtered to exactly those customers, at the same as-of date. */
public record AnalysisLinks(LocalDate asOf) {

    public String group(CustomerGroup group) {
        return list().queryParam("group", group.key()).toUriString();
    }

    /** The customers whose first purchase was in {@code month}: a cohort, or a month's new customers. */
    public String cohort(YearMonth month) {
        return list().queryParam("first", month.toString()).toUriString();
    }

    public String tier(Cluster tier) {
        return list().queryParam("tier", tier.key()).toUriString();
    }

    /** Customers with at least {@code f} purchases. */
    public String fFrom(long f) {
        return list().queryParam("fMin", f).toUriString();
    }

    private UriComponentsBuilder list() {
        return UriComponentsBuilder.fromPath("/customers").queryParam("asOf", asOf.toString());
    }
}
