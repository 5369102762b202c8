package hako.imports;

import static org.assertj.core.api.Assertions.assertThat;

import hako.customers.CustomerMetrics;
import hako.customers.CustomerTable;
import hako.customers.MetricRules;
import hako.customers.ShopSummary;
import hako.store.ShopDatabase;
import hako.testing.ReferenceMetrics;
import hako.testing.ReferenceMetrics.Purchase;
import hako.testing.SharedData;
import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CDNOW log (69,659 lines, whitespace separated, no order ids) rewritten as a one-row-per-order
 * CSV, imported, and checked against a plain Java computation from the raw file.
 */
class CdnowImportTest {

    static final Path MASTER = SharedData.file("cdnow/CDNOW_master.txt");
    static final LocalDate AS_OF = LocalDate.of(1998, 6, 30);

    /** One line of CDNOW_master.txt. */
    record Line(long lineNo, String customerId, LocalDate date, int cds, BigDecimal dollars) {
    }

    @TempDir
    static Path dir;
    static List<Line> lines;
    static Connection db;
    static ImportReport report;

    @BeforeAll
    static void importOnce() throws Exception {
        lines = readMaster();
        Path csv = dir.resolve("cdnow.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("order_id,ordered_at,customer_id,quantity,amount\n");
            for (Line l : lines) {
                out.write(l.lineNo() + "," + l.date().format(DateTimeFormatter.BASIC_ISO_DATE) + "," + l.customerId() + ","
                        + l.cds() + "," + l.dollars().toPlainString() + "\n");
            }
        }
        db = ShopDatabase.open(dir.resolve("cdnow.duckdb"));
        report = new Importer(db, ImportOptions.defaults(ZoneId.of("Asia/Tokyo"))).run(List.of(csv), ImportProgress.NONE);
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void theRawFileHasTheKnownTotals() {
        assertThat(lines).hasSize(69_659);
        assertThat(lines.stream().map(Line::customerId).distinct().count()).isEqualTo(23_570);
        assertThat(total(lines)).isEqualByComparingTo("2500315.63");
        assertThat(lines.stream().filter(l -> l.dollars().signum() == 0).count()).isEqualTo(80);
    }

    @Test
    void importsEveryLineAsAnOrder() throws Exception {
        var orders = (ImportReport.OrdersSummary) report.kinds().get(0);
        assertThat(orders.orders()).isEqualTo(69_659);
        assertThat(orders.notPositive()).isEqualTo(80);
        assertThat(orders.purchases()).isEqualTo(69_579);
        assertThat(orders.ordersWithoutCustomer()).isZero();
        assertThat(orders.firstDate()).isEqualTo(LocalDate.of(1997, 1, 1));
        assertThat(orders.lastDate()).isEqualTo(AS_OF);
        assertThat(query("SELECT count(DISTINCT customer_id) FROM orders")).isEqualTo("23570");
        assertThat(query("SELECT sum(amount) FROM orders")).isEqualTo("2500315.63");
    }

    @Test
    void everyCustomerRowMatchesAnIndependentComputation() throws Exception {
        List<String> expected = ReferenceMetrics.table(purchases(), AS_OF);

        CustomerMetrics.compute(db, AS_OF, MetricRules.DEFAULTS);
        List<String> actual = new ArrayList<>();
        CustomerTable.forEach(db, row -> actual.add(String.join(",", row.values())));
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void summaryCountsOnlyPurchases() throws Exception {
        List<Purchase> purchases = purchases();
        CustomerMetrics.compute(db, AS_OF, MetricRules.DEFAULTS);
        ShopSummary summary = ShopSummary.read(db, AS_OF, MetricRules.DEFAULTS);
        assertThat(summary.customers()).isEqualTo(purchases.stream().map(Purchase::customerId).distinct().count());
        assertThat(summary.orders()).isEqualTo(69_579);
        assertThat(summary.sales()).isEqualByComparingTo("2500315.63");
        assertThat(summary.unattributedOrders()).isZero();
    }

    /** Lines with a dollar value above zero: CDNOW has no cancellations. */
    static List<Purchase> purchases() {
        return lines.stream().filter(l -> l.dollars().signum() > 0)
                .map(l -> new Purchase(l.customerId(), l.date(), l.dollars())).toList();
    }

    static List<Line> readMaster() throws Exception {
        List<String> text = Files.readAllLines(MASTER, StandardCharsets.US_ASCII);
        List<Line> result = new ArrayList<>();
        for (int i = 1; i < text.size(); i++) {
            String[] f = text.get(i).strip().split("\\s+");
            result.add(new Line(i, f[0], LocalDate.parse(f[1], DateTimeFormatter.BASIC_ISO_DATE), Integer.parseInt(f[2]),
                    new BigDecimal(f[3])));
        }
        return result;
    }

    static BigDecimal total(List<Line> lines) {
        return lines.stream().map(Line::dollars).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String query(String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
