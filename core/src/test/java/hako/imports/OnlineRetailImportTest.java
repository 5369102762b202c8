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
import hako.testing.SimpleCsv;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UCI Online Retail (541,909 lines), imported as is and checked against a plain Java computation. */
class OnlineRetailImportTest {

    static final Path FILE = SharedData.file("online-retail/online_retail.csv");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @TempDir
    static Path dir;
    static Connection db;
    static ImportReport report;

    @BeforeAll
    static void importOnce() throws Exception {
        db = ShopDatabase.open(dir.resolve("retail.duckdb"));
        report = new Importer(db, ImportOptions.defaults(TOKYO)).run(List.of(FILE), ImportProgress.NONE);
    }

    @Test
    void detectsTheColumnsOfTheUciExport() {
        ImportReport.FileRead file = report.files().get(0);
        assertThat(file.kind()).isEqualTo(ImportKind.ORDERS);
        assertThat(file.rows()).isEqualTo(541_909);
        assertThat(file.mapping()).contains("\"InvoiceNo\" → order_id", "\"InvoiceDate\" → ordered_at",
                "\"CustomerID\" → customer_id", "\"StockCode\" → product_code", "\"Quantity\" → quantity",
                "\"UnitPrice\" → unit_price", "\"Description\" → product_name");
    }

    @Test
    void countsInvoicesAndReportsThoseWithoutACustomer() throws Exception {
        var orders = (ImportReport.OrdersSummary) report.kinds().get(0);
        assertThat(orders.orders()).isEqualTo(25_900);
        assertThat(orders.lines()).isEqualTo(541_909);
        long expectedWithout = invoicesWithoutCustomer();
        assertThat(orders.ordersWithoutCustomer()).isEqualTo(expectedWithout).isPositive();
        assertThat(orders.linesWithoutCustomer()).isEqualTo(135_080);
    }

    @Test
    void everyCustomerRowMatchesAnIndependentComputation() throws Exception {
        List<Purchase> purchases = independentPurchases();
        LocalDate asOf = LocalDate.of(2011, 12, 9);
        List<String> expected = ReferenceMetrics.table(purchases, asOf);
        assertThat(expected).hasSize(4_338);

        CustomerMetrics.compute(db, asOf, MetricRules.DEFAULTS);
        List<String> actual = new ArrayList<>();
        CustomerTable.forEach(db, row -> actual.add(String.join(",", row.values())));
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void summaryTotalsAddUp() throws Exception {
        LocalDate asOf = LocalDate.of(2011, 12, 9);
        CustomerMetrics.compute(db, asOf, MetricRules.DEFAULTS);
        ShopSummary summary = ShopSummary.read(db, asOf, MetricRules.DEFAULTS);
        List<Purchase> purchases = independentPurchases();
        assertThat(summary.customers()).isEqualTo(4_338);
        assertThat(summary.orders()).isEqualTo(purchases.size());
        assertThat(summary.sales()).isEqualByComparingTo(
                purchases.stream().map(Purchase::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(summary.clusters().values().stream().mapToLong(ShopSummary.Group::customers).sum()).isEqualTo(4_338);
        assertThat(summary.stages().values().stream().mapToLong(ShopSummary.Group::customers).sum()).isEqualTo(4_338);
    }

    /** Invoices with net amount > 0 and a customer, from the raw file. */
    static List<Purchase> independentPurchases() throws Exception {
        record Inv(String customer, LocalDate date, BigDecimal amount) {
        }
        Map<String, Inv> invoices = new LinkedHashMap<>();
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        for (String[] r : SimpleCsv.records(FILE)) {
            BigDecimal line = new BigDecimal(r[3]).multiply(new BigDecimal(r[5]));
            LocalDate date = LocalDateTime.parse(r[4], f).toLocalDate();
            invoices.merge(r[0], new Inv(r[6], date, line),
                    (a, b) -> new Inv(a.customer(), a.date(), a.amount().add(b.amount())));
        }
        return invoices.values().stream()
                .filter(i -> !i.customer().isEmpty() && i.amount().signum() > 0)
                .map(i -> new Purchase(i.customer(), i.date(), i.amount().setScale(2, java.math.RoundingMode.HALF_UP)))
                .collect(Collectors.toList());
    }

    static long invoicesWithoutCustomer() throws Exception {
        return SimpleCsv.records(FILE).stream().filter(r -> r[6].isEmpty()).map(r -> r[0]).distinct().count();
    }
}
