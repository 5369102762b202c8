package hako.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hako.customers.Cluster;
import hako.customers.MetricRules;
import hako.customers.MetricSnapshot;
import hako.imports.ImportOptions;
import hako.imports.ImportProgress;
import hako.imports.Importer;
import hako.store.ShopDatabase;
import hako.testing.ReferenceMetrics;
import hako.testing.ReferenceMetrics.Purchase;
import hako.testing.SharedData;
import hako.testing.SimpleCsv;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UCI Online Retail (4,338 customers at 2011-12-09): the cluster table, the heatmap and the
 * distributions against a plain Java computation from the customer rows of {@link ReferenceMetrics}.
 */
class OnlineRetailClustersTest {

    static final Path FILE = SharedData.file("online-retail/online_retail.csv");
    static final LocalDate AS_OF = LocalDate.of(2011, 12, 9);

    /** A customer row of the reference: F, M, R and cluster. */
    record Customer(long f, BigDecimal m, long r, Cluster cluster) {
    }

    @TempDir
    static Path dir;
    static Connection db;
    static List<Customer> expected;

    @BeforeAll
    static void importAndCompute() throws Exception {
        db = ShopDatabase.open(dir.resolve("retail.duckdb"));
        new Importer(db, ImportOptions.defaults(ZoneId.of("Asia/Tokyo"))).run(List.of(FILE), ImportProgress.NONE);
        MetricSnapshot.take(db, AS_OF, MetricRules.DEFAULTS);
        expected = new ArrayList<>();
        for (String row : ReferenceMetrics.table(purchases(), AS_OF)) {
            String[] v = row.split(",", -1);
            expected.add(new Customer(Long.parseLong(v[1]), new BigDecimal(v[2]), Long.parseLong(v[6]),
                    Cluster.ofKey(v[9])));
        }
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void everyClusterMatchesTheReferenceCustomerRows() throws Exception {
        ClusterTable table = ClusterTable.read(db, AS_OF);
        assertThat(expected).hasSize(4_338);
        assertThat(table.customers()).isEqualTo(4_338);
        BigDecimal total = expected.stream().map(Customer::m).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(table.sales()).isEqualByComparingTo(total);
        for (Cluster k : Cluster.values()) {
            List<Customer> in = expected.stream().filter(c -> c.cluster() == k).toList();
            BigDecimal sales = in.stream().map(Customer::m).reduce(BigDecimal.ZERO, BigDecimal::add);
            ClusterProfile p = table.of(k);
            assertThat(p.customers()).as(k.key()).isEqualTo(in.size()).isPositive();
            assertThat(p.sales()).as(k.key()).isEqualByComparingTo(sales);
            assertThat(p.share()).as(k.key()).isCloseTo((double) in.size() / 4_338, within(1e-12));
            assertThat(p.salesShare()).as(k.key()).isCloseTo(sales.doubleValue() / total.doubleValue(), within(1e-9));
            assertThat(p.averageFrequency()).as(k.key())
                    .isCloseTo(in.stream().mapToLong(Customer::f).average().orElseThrow(), within(1e-9));
            assertThat(p.averageRecency()).as(k.key())
                    .isCloseTo(in.stream().mapToLong(Customer::r).average().orElseThrow(), within(1e-9));
            assertThat(p.averageMonetary()).as(k.key())
                    .isEqualByComparingTo(sales.divide(BigDecimal.valueOf(in.size()), 2, RoundingMode.HALF_UP));
        }
    }

    @Test
    void heatmapCellsMatchTheReferenceCustomerRows() throws Exception {
        RfmHeatmap map = RfmHeatmap.read(db, AS_OF, MetricRules.DEFAULTS);
        long[][] counts = new long[map.recency().size()][map.frequency().size()];
        for (Customer c : expected) {
            counts[indexOf(map.recency(), c.r())][indexOf(map.frequency(), c.f())]++;
        }
        for (int row = 0; row < counts.length; row++) {
            for (int column = 0; column < counts[row].length; column++) {
                assertThat(map.count(row, column)).as("R %s, F %s", map.recency().get(row).label(),
                        map.frequency().get(column).label()).isEqualTo(counts[row][column]);
            }
        }
        assertThat(map.total()).isEqualTo(4_338);
    }

    @Test
    void distributionsMatchTheReferenceCustomerRows() throws Exception {
        Distributions d = Distributions.read(db, AS_OF, MetricRules.DEFAULTS);
        for (BandCount b : d.frequency()) {
            assertThat(b.customers()).as("F " + b.band().label())
                    .isEqualTo(expected.stream().filter(c -> b.band().contains(c.f())).count());
        }
        for (BandCount b : d.monetary()) {
            assertThat(b.customers()).as("M " + b.band().label())
                    .isEqualTo(expected.stream().filter(c -> b.band().contains(c.m().doubleValue())).count());
        }
        for (BandCount b : d.recency()) {
            assertThat(b.customers()).as("R " + b.band().label())
                    .isEqualTo(expected.stream().filter(c -> b.band().contains(c.r())).count());
        }
        assertThat(d.frequency().stream().mapToLong(BandCount::customers).sum()).isEqualTo(4_338);
        assertThat(d.monetary().stream().mapToLong(BandCount::customers).sum()).isEqualTo(4_338);
        assertThat(d.recency().stream().mapToLong(BandCount::customers).sum()).isEqualTo(4_338);
    }

    static int indexOf(BandScale scale, long value) {
        for (int i = 0; i < scale.size(); i++) {
            if (scale.get(i).contains(value)) {
                return i;
            }
        }
        throw new AssertionError("no band for " + value);
    }

    /** Invoices with a customer and net amount &gt; 0, read plainly from the raw file. */
    static List<Purchase> purchases() throws Exception {
        record Invoice(String customer, LocalDate date, BigDecimal amount) {
        }
        Map<String, Invoice> invoices = new LinkedHashMap<>();
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        for (String[] r : SimpleCsv.records(FILE)) {
            BigDecimal line = new BigDecimal(r[3]).multiply(new BigDecimal(r[5]));
            invoices.merge(r[0], new Invoice(r[6], LocalDateTime.parse(r[4], format).toLocalDate(), line),
                    (a, b) -> new Invoice(a.customer(), a.date(), a.amount().add(b.amount())));
        }
        return invoices.values().stream()
                .filter(i -> !i.customer().isEmpty() && i.amount().signum() > 0)
                .map(i -> new Purchase(i.customer(), i.date(), i.amount().setScale(2, RoundingMode.HALF_UP)))
                .toList();
    }
}
