package hako.web.analyses;

import hako.analyses.ItemLevel;
import hako.analyses.groups.CustomerGroup;
import hako.customers.Cluster;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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

    /** The customers whose first order held {@code item} (a product, or a category at that level). */
    public String entry(ItemLevel level, String item) {
        return list().toUriString() + param("level", level.key()) + param("entry", item);
    }

    /** The customers of a journey group ({@code top1} or {@code repeaters}) whose first purchases were {@code path}. */
    public String path(String group, ItemLevel level, List<String> path) {
        StringBuilder b = new StringBuilder(list().toUriString()).append(param("level", level.key()))
                .append(param("journey", group));
        for (int i = 0; i < path.size(); i++) {
            b.append(param("path" + (i + 1), path.get(i)));
        }
        return b.toString();
    }

    /** Item keys may hold any character ({@code +}, {@code &}): form-encoded as the list reads them back. */
    private static String param(String name, String value) {
        return "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private UriComponentsBuilder list() {
        return UriComponentsBuilder.fromPath("/customers").queryParam("asOf", asOf.toString());
    }
}
