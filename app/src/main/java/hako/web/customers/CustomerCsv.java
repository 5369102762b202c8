package hako.web.customers;

import hako.clv.ChurnRisk;
import hako.clv.ClvScore;
import hako.customers.Cluster;
import hako.customers.Stage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * The customer list as CSV for Excel: UTF-8 with a byte order mark (or Excel reads Japanese as
 * garbage), CRLF line ends, headers and labels in the page's language. The rows are written by
 * {@link hako.segments.MemberExport}; this class gives their header and their labels.
 */
final class CustomerCsv {

    private static final List<String> HEADERS = List.of("id", "name", "email", "frequency", "monetary",
            "first_purchase", "last_purchase", "tenure_days", "recency_days", "rank", "tier", "cluster", "stage");

    private CustomerCsv() {
    }

    /** The byte order mark and the header line; with {@code scored} the CLV columns ({@link ClvScore#COLUMNS}) follow. */
    static byte[] header(MessageSourceAccessor text, boolean scored) {
        List<String> headers = new ArrayList<>(HEADERS);
        if (scored) {
            headers.addAll(ClvScore.COLUMNS);
        }
        return headers.stream().map(h -> quote(text.getMessage("customers.csv." + h)))
                .collect(Collectors.joining(",", "\uFEFF", "\r\n")).getBytes(StandardCharsets.UTF_8);
    }

    /** The text of every tier, cluster, stage and churn risk in the page's language, by message key. */
    static Map<String, String> labels(MessageSourceAccessor text) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Cluster c : Cluster.values()) {
            labels.put("cluster." + c.key(), text.getMessage("cluster." + c.key()));
        }
        for (Stage s : Stage.values()) {
            labels.put("stage." + s.key(), text.getMessage("stage." + s.key()));
        }
        for (ChurnRisk r : ChurnRisk.values()) {
            labels.put("clv.risk." + r.key(), text.getMessage("clv.risk." + r.key()));
        }
        return labels;
    }

    static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
