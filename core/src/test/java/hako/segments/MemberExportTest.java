package hako.segments;

import static org.assertj.core.api.Assertions.assertThat;

import hako.clv.StoredScores;
import hako.customers.Cluster;
import hako.customers.MetricRules;
import hako.customers.MetricSnapshot;
import hako.customers.Stage;
import hako.testing.SmallShop;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export writes the list's rows: the same customers in the same order as the pages, cell by cell as
 * the list shows them. Shop at 2024-06-30: ten customers K01 (spent most) … K10 as in {@link MembersTest},
 * plus three whose master data needs care in a spreadsheet.
 */
class MemberExportTest {

    private static final LocalDate AS_OF = MembersTest.AS_OF;

    @TempDir
    Path dir;
    SmallShop shop;

    @BeforeEach
    void buildShop() throws Exception {
        shop = new SmallShop(dir.resolve("shop.duckdb"));
        for (int i = 1; i <= 10; i++) {
            shop.purchases(String.format("K%02d", i), (11 - i) * 1_000, AS_OF.minusDays(10L * i).toString());
        }
        // 12,345.50 over two orders; 600 once; 700 once
        shop.order("OF1", "=cmd", "2024-05-01 10:00", "P:12000.25").order("OF2", "=cmd", "2024-06-20 10:00", "P:345.25")
                .order("OQ1", "Q1", "2024-06-29 10:00", "P:600").order("OE1", "E1", "2024-06-28 10:00", "P:700");
        shop.customer("=cmd", "山田, 花子", "-h@example.jp").customer("Q1", "say \"hi\"\nthere", "q@example.jp")
                .customer("E1", "", null).customer("K03", "佐藤 太郎", "taro@example.jp");
        MetricSnapshot.take(shop.db(), AS_OF, MetricRules.DEFAULTS);
    }

    @AfterEach
    void close() throws Exception {
        shop.close();
    }

    @Test
    void cellsAreWrittenAsTheListShowsThemWithCrlfAndExcelSafeText() throws Exception {
        List<String> lines = export(new MemberQuery(AS_OF, Segment.ALL, null, true), MemberSort.RANK, false);

        assertThat(lines.get(0)).isEqualTo("'=cmd,\"山田, 花子\",'-h@example.jp,2,12345.5,2024-05-01,2024-06-20,50,10,1,"
                + "L:cluster.top1,L:cluster.top1,L:stage.activation");
        assertThat(lines).contains("Q1,\"say \"\"hi\"\"\nthere\",q@example.jp,1,600,2024-06-29,2024-06-29,0,1,13,,"
                + "L:cluster.one_time,L:stage.acquisition");
        assertThat(lines).as("an empty name and no email are empty cells, not \"\"")
                .contains("E1,,,1,700,2024-06-28,2024-06-28,0,2,12,,L:cluster.one_time,L:stage.acquisition");
    }

    @Test
    void theExportHoldsTheListsRowsInTheListsOrder() throws Exception {
        for (MemberQuery q : List.of(new MemberQuery(AS_OF, Segment.ALL, null, true),
                new MemberQuery(AS_OF, Segment.ofStage(Stage.CHURN_PREVENTION), null, true),
                new MemberQuery(AS_OF, Segment.ALL, "k0", false))) {
            for (MemberSort sort : new MemberSort[] {MemberSort.RANK, MemberSort.RECENCY_DESC, MemberSort.MONETARY_ASC}) {
                List<String> expected = new ArrayList<>();
                for (Member m : Members.page(shop.db(), q, sort, 0, 1_000, true)) {
                    expected.add(row(m));
                }
                assertThat(export(q, sort, false)).as(q + " " + sort).isEqualTo(expected).isNotEmpty();
            }
        }
    }

    @Test
    void withScoresTheClvColumnsFollowRoundedHalfUpAndEmptyForACustomerWithoutScores() throws Exception {
        try (Statement s = shop.db().createStatement()) {
            s.execute("INSERT INTO clv_scores VALUES ('2024-06-30', 'K01', 0.25, 0.00001, 0.12345, 1.2,"
                    + " '2024-08-01', 260.00, 301.50, 'high'), ('2024-06-30', 'K02', 0.99995, 2, 3, 4.56789,"
                    + " '2024-07-15', 1000, 0, 'low')");
        }
        StoredScores.copyToSnapshots(shop.db(), AS_OF);
        List<String> lines = export(new MemberQuery(AS_OF, Segment.ALL, "k0", false), MemberSort.RANK, true);

        assertThat(lines.get(0)).startsWith("K01,").endsWith(",0.2500,0.0000,0.1235,1.2000,2024-08-01,260.00,301.50,"
                + "L:clv.risk.high");
        assertThat(lines.get(1)).startsWith("K02,").endsWith(",1.0000,2.0000,3.0000,4.5679,2024-07-15,1000.00,0.00,L:clv.risk.low");
        assertThat(lines.get(2)).startsWith("K03,").endsWith(",,,,,,,,");
    }

    private List<String> export(MemberQuery q, MemberSort sort, boolean scored) throws Exception {
        Path file = dir.resolve("export.csv");
        long n = MemberExport.csv(shop.db(), q, sort, scored, labels(), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = text.isEmpty() ? List.of() : List.of(text.split("\r\n", -1)).subList(0,
                text.split("\r\n", -1).length - 1);
        assertThat(text).as("every row ends with CRLF").matches("(?s)(.*\r\n)?");
        assertThat(n).isEqualTo(lines.size()).isEqualTo(Members.count(shop.db(), q));
        return lines;
    }

    /** Labels the test can recognise: "L:" and the message key. */
    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Cluster c : Cluster.values()) {
            labels.put("cluster." + c.key(), "L:cluster." + c.key());
        }
        for (Stage s : Stage.values()) {
            labels.put("stage." + s.key(), "L:stage." + s.key());
        }
        for (String r : List.of("low", "medium", "high")) {
            labels.put("clv.risk." + r, "L:clv.risk." + r);
        }
        return labels;
    }

    /** A page row as the export should write it. */
    private static String row(Member m) {
        return String.join(",", text(m.customerId()), text(m.name()), text(m.email()),
                Long.toString(m.frequency()), plain(m.monetary()), m.firstPurchase().toString(),
                m.lastPurchase().toString(), Long.toString(m.tenureDays()), Long.toString(m.recencyDays()),
                Long.toString(m.rank()), m.tier() == null ? "" : "L:cluster." + m.tier().key(),
                "L:cluster." + m.cluster().key(), "L:stage." + m.stage().key());
    }

    /** Excel-safe (a leading apostrophe before = + - @) and quoted when it holds a comma, a quote or a line end. */
    private static String text(String value) {
        if (value == null) {
            return "";
        }
        String safe = "=+-@".indexOf(value.isEmpty() ? 'x' : value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("(?s).*[,\"\r\n].*") ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static String plain(BigDecimal amount) {
        return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }
}
