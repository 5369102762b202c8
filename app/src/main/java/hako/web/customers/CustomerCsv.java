package hako.web.customers;

import hako.clv.ClvScore;
import hako.segments.Member;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * The customer list as CSV for Excel: UTF-8 with a byte order mark (or Excel reads Japanese as
 * garbage), CRLF line ends, headers and labels in the page's language, money as plain numbers.
 * Text cells that Excel would run as a formula (starting with = + - @) get a leading apostrophe.
 * With scores, the CLV columns follow (empty for a customer without scores).
 */
final class CustomerCsv {

    private static final List<String> HEADERS = List.of("id", "name", "email", "frequency", "monetary",
            "first_purchase", "last_purchase", "tenure_days", "recency_days", "rank", "tier", "cluster", "stage");

    private final Writer out;
    private final MessageSourceAccessor text;
    private final boolean scored;

    CustomerCsv(Writer out, MessageSourceAccessor text) {
        this(out, text, false);
    }

    /** {@code scored}: the CLV columns ({@link ClvScore#COLUMNS}) follow the customer's. */
    CustomerCsv(Writer out, MessageSourceAccessor text, boolean scored) {
        this.out = out;
        this.text = text;
        this.scored = scored;
    }

    void header() throws IOException {
        out.write('\uFEFF');
        List<String> headers = new ArrayList<>(HEADERS.stream().map(h -> text.getMessage("customers.csv." + h)).toList());
        if (scored) {
            ClvScore.COLUMNS.forEach(h -> headers.add(text.getMessage("customers.csv." + h)));
        }
        line(headers);
    }

    void row(Member m) throws IOException {
        row(m, null);
    }

    /** A customer with the scores ({@code score} null: empty CLV cells). */
    void row(Member m, ClvScore score) throws IOException {
        List<String> cells = new ArrayList<>(cells(m));
        if (scored) {
            String[] values = score == null ? new String[ClvScore.COLUMNS.size()] : score.values();
            for (int i = 0; i < values.length; i++) {
                cells.add(values[i] == null ? "" : i == values.length - 1
                        ? text.getMessage("clv.risk." + values[i]) : values[i]);
            }
        }
        line(cells);
    }

    private List<String> cells(Member m) {
        return List.of(safe(m.customerId()), safe(m.name()), safe(m.email()), Long.toString(m.frequency()),
                plain(m.monetary()), m.firstPurchase().toString(), m.lastPurchase().toString(),
                Long.toString(m.tenureDays()), Long.toString(m.recencyDays()), Long.toString(m.rank()),
                m.tier() == null ? "" : text.getMessage("cluster." + m.tier().key()),
                text.getMessage("cluster." + m.cluster().key()), text.getMessage("stage." + m.stage().key()));
    }

    private void line(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** Text from the shop's data, kept from running as a spreadsheet formula. */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static String plain(BigDecimal amount) {
        return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }
}
