package hako.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hako.customers.AsOfDate;
import hako.customers.Cluster;
import hako.customers.CustomerMetrics;
import hako.customers.CustomerRow;
import hako.customers.CustomerTable;
import hako.customers.MetricRules;
import hako.customers.ShopSummary;
import hako.customers.Stage;
import hako.imports.ImportKind;
import hako.imports.ImportOptions;
import hako.imports.ImportProgress;
import hako.imports.ImportReport;
import hako.imports.Importer;
import hako.store.ShopDatabase;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small demo shop (3,000 customers), written once, imported into Hako and checked for realism. */
class DemoShopTest {

    static final DemoOptions SMALL = DemoOptions.defaults().customers(3_000);
    static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    @TempDir
    static Path dir;
    static DemoFiles files;
    static Connection db;
    static ImportReport report;
    static ShopSummary summary;
    static List<CustomerRow> rows = new ArrayList<>();

    @BeforeAll
    static void writeAndImport() throws Exception {
        files = DemoShop.write(dir.resolve("shop"), SMALL, null);
        db = ShopDatabase.open(dir.resolve("demo.duckdb"));
        report = new Importer(db, ImportOptions.defaults(ZoneId.of("Asia/Tokyo")))
                .run(List.of(files.orders(), files.customers(), files.products()), ImportProgress.NONE);
        LocalDate asOf = AsOfDate.latestOrderDate(db);
        CustomerMetrics.compute(db, asOf, MetricRules.DEFAULTS);
        summary = ShopSummary.read(db, asOf, MetricRules.DEFAULTS);
        CustomerTable.forEach(db, rows::add);
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Test
    void sameSeedWritesTheSameBytes(@TempDir Path other) throws Exception {
        DemoFiles again = DemoShop.write(other, SMALL, null);
        assertThat(Files.mismatch(again.orders(), files.orders())).isEqualTo(-1);
        assertThat(Files.mismatch(again.customers(), files.customers())).isEqualTo(-1);
        assertThat(Files.mismatch(again.products(), files.products())).isEqualTo(-1);
        assertThat(again).isEqualTo(new DemoFiles(again.orders(), again.customers(), again.products(),
                files.orderLines(), files.orderCount(), files.customerCount()));
    }

    @Test
    void anotherSeedWritesAnotherShop(@TempDir Path other) throws Exception {
        DemoFiles different = DemoShop.write(other, SMALL.seed(SMALL.seed() + 1), null);
        assertThat(Files.mismatch(different.orders(), files.orders())).isNotEqualTo(-1);
        assertThat(Files.mismatch(different.customers(), files.customers())).isNotEqualTo(-1);
    }

    @Test
    void importsEveryLineOfTwoYearsEndingOnTheEndDate() {
        var orders = (ImportReport.OrdersSummary) report.kinds().get(0);
        assertThat(orders.lines()).isEqualTo(files.orderLines());
        assertThat(orders.orders()).isEqualTo(files.orderCount());
        assertThat(orders.firstDate()).isBetween(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 10));
        assertThat(orders.lastDate()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(report.kinds()).contains(new ImportReport.MasterSummary(ImportKind.CUSTOMERS, 3_000, 0, 0, 0),
                new ImportReport.MasterSummary(ImportKind.PRODUCTS, 40, 0, 0, 0));
        assertThat(files.customerCount()).isEqualTo(3_000);
    }

    @Test
    void everyPurchaseHasAPositiveAmountAndSomeOrdersAreCancelledOrGuests() {
        var orders = (ImportReport.OrdersSummary) report.kinds().get(0);
        assertThat(orders.notPositive()).isZero();
        assertThat((double) orders.cancelled() / orders.orders()).isBetween(0.01, 0.035);
        assertThat((double) orders.ordersWithoutCustomer() / orders.orders()).isBetween(0.001, 0.012);
        assertThat(summary.unattributedOrders()).isPositive();
    }

    @Test
    void populatesEveryStageAndCluster() {
        for (Stage stage : Stage.values()) {
            assertThat(summary.stages().get(stage).customers()).as(stage.key()).isGreaterThanOrEqualTo(30);
        }
        for (Cluster cluster : Cluster.values()) {
            assertThat(summary.clusters().get(cluster).customers()).as(cluster.key()).isGreaterThanOrEqualTo(10);
        }
        assertThat(summary.dormant()).isPositive();
    }

    @Test
    void mostCustomersBuyOnceAndAFewBuyVeryOften() {
        assertThat(rows).hasSize((int) summary.customers());
        long oneTime = rows.stream().filter(r -> r.frequency() == 1).count();
        assertThat((double) oneTime / rows.size()).isBetween(0.45, 0.65);
        assertThat(rows.stream().filter(r -> r.frequency() >= 10).count()).isGreaterThanOrEqualTo(30);
        assertThat(rows.stream().filter(r -> r.frequency() >= 15).count()).isPositive();
        assertThat(summary.repeatRate()).isBetween(0.35, 0.55);
    }

    @Test
    void customersAreWonThroughoutTheTwoYears() throws SQLException {
        assertThat(count("SELECT count(DISTINCT strftime(first_purchase, '%Y-%m')) FROM hako_customer_metrics"))
                .isEqualTo(24);
        assertThat(count("SELECT count(*) FROM hako_customer_metrics WHERE first_purchase >= DATE '2026-10-01'"))
                .isGreaterThan(count("SELECT count(*) FROM hako_customer_metrics"
                        + " WHERE first_purchase BETWEEN DATE '2025-02-01' AND DATE '2025-02-28'"));
    }

    @Test
    void giftSeasonsStandOutInMonthlyOrders() throws SQLException {
        assertThat(ordersIn("2026-07")).isGreaterThan(Math.max(ordersIn("2026-06"), ordersIn("2026-08")));
        assertThat(ordersIn("2025-12")).isGreaterThan(Math.max(ordersIn("2025-11"), ordersIn("2026-01")));
    }

    @Test
    void customersComeBackWhenTheirUsageCycleProductRunsOut() throws SQLException {
        String gaps = """
                WITH bought AS (
                    SELECT o.customer_id, o.order_date, l.product_code, l.quantity * p.cycle_days AS lasts
                    FROM orders o JOIN order_lines l USING (order_id) JOIN products p USING (product_code)
                    WHERE p.cycle_days IS NOT NULL AND NOT o.cancelled AND o.customer_id IS NOT NULL)
                SELECT quantile_cont(date_diff('day', order_date, next_date) / lasts, 0.5) FROM (
                    SELECT *, lead(order_date) OVER (PARTITION BY customer_id, product_code ORDER BY order_date)
                              AS next_date
                    FROM bought)
                WHERE next_date IS NOT NULL""";
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(gaps)) {
            r.next();
            assertThat(r.getDouble(1)).isBetween(0.9, 1.3);
        }
    }

    @Test
    void typicalOrdersAreSmallAndBulkOrdersAreLarge() throws SQLException {
        long orders = count("SELECT count(DISTINCT order_id) FROM order_lines");
        long small = count("SELECT count(*) FROM (SELECT order_id FROM order_lines GROUP BY 1 HAVING count(*) <= 3)");
        assertThat((double) small / orders).isGreaterThan(0.95);
        assertThat(count("SELECT count(DISTINCT order_id) FROM order_lines WHERE quantity >= 5")).isPositive();
        assertThat(count("SELECT count(*) FROM (SELECT order_id FROM order_lines GROUP BY 1 HAVING count(*) >= 5)"))
                .isPositive();
        assertThat(count("SELECT count(*) FROM order_lines WHERE product_name = 'スキンケアお試しセット(化粧水,乳液)'"))
                .as("a quoted name with a comma").isPositive();
    }

    @Test
    void aboutAThirdOfProductsHaveAUsageCycleOf30To90Days() throws SQLException {
        assertThat(count("SELECT count(*) FROM products WHERE cycle_days IS NOT NULL")).isBetween(11L, 16L);
        assertThat(count("SELECT count(*) FROM products WHERE cycle_days NOT IN (30, 60, 90)")).isZero();
        assertThat(count("SELECT count(*) FROM products WHERE price BETWEEN 980 AND 12800 AND category IS NOT NULL"))
                .isEqualTo(40);
    }

    @Test
    void customersMasterHoldsContactsConsentsAndReferrals() throws SQLException {
        assertThat(count("SELECT count(DISTINCT email) FROM customers")).isEqualTo(3_000);
        assertThat(count("SELECT count(*) FROM customers WHERE regexp_full_match(phone, '0[789]0-\\d{4}-\\d{4}')"
                + " AND regexp_full_match(postal_code, '\\d{3}-\\d{4}')")).isEqualTo(3_000);
        assertThat(count("SELECT count(*) FROM customers WHERE regexp_full_match(line_user_id, 'U[0-9a-f]{32}')"))
                .isBetween(1_000L, 1_400L);
        assertThat(count("SELECT count(*) FROM customers WHERE consent_line AND line_user_id IS NULL")).isZero();
        assertThat(count("SELECT count(*) FILTER (WHERE consent_email) FROM customers")).isBetween(1_800L, 2_400L);
        assertThat(count("SELECT count(*) FROM customers WHERE referred_by IS NOT NULL")).isBetween(150L, 330L);
        assertThat(count("SELECT count(*) FROM customers WHERE referred_by >= customer_id")).isZero();
        assertThat(count("SELECT count(*) FROM customers WHERE name LIKE '%髙%' OR name LIKE '%﨑%'")).isPositive();
    }

    @Test
    void ordersAreInWindows31jByDefaultAndTheSameInUtf8(@TempDir Path other) throws Exception {
        assertThat(DemoOptions.defaults().ordersEncoding()).isEqualTo(WINDOWS_31J);
        byte[] sjis = Files.readAllBytes(files.orders());
        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(sjis)))
                .isInstanceOf(CharacterCodingException.class);
        String text = WINDOWS_31J.newDecoder().decode(ByteBuffer.wrap(sjis)).toString();
        assertThat(text).startsWith("受注番号,注文日時,顧客ID,商品コード,商品名,数量,単価,ステータス\r\n")
                .contains("エイジングクリームⅡ 40g");

        DemoFiles utf8 = DemoShop.write(other, SMALL.ordersEncoding(StandardCharsets.UTF_8), null);
        assertThat(Files.readString(utf8.orders(), StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void maxLinesStopsAfterTheOrderThatReachesIt(@TempDir Path other) throws Exception {
        DemoFiles cut = DemoShop.write(other, SMALL.maxLines(500), null);
        assertThat(cut.orderLines()).isBetween(500L, 520L);
        List<String> lines = Files.readAllLines(cut.orders(), WINDOWS_31J);
        assertThat(lines).hasSize((int) cut.orderLines() + 1);
        String lastOrder = lines.get(lines.size() - 1).split(",")[0];
        List<String> full = Files.readAllLines(files.orders(), WINDOWS_31J);
        assertThat(full.stream().filter(l -> l.startsWith(lastOrder + ",")).count())
                .isEqualTo(lines.stream().filter(l -> l.startsWith(lastOrder + ",")).count());
        assertThat(Files.mismatch(cut.customers(), files.customers())).isEqualTo(-1);
    }

    @Test
    void reportsProgressEveryTenThousandCustomers(@TempDir Path other) throws Exception {
        List<Long> done = new ArrayList<>();
        DemoShop.write(other, SMALL.customers(25_000).maxLines(1), (phase, d, total) -> {
            assertThat(phase).isEqualTo("generating demo shop");
            assertThat(total).isEqualTo(25_000);
            done.add(d);
        });
        assertThat(done).containsExactly(0L, 10_000L, 20_000L, 25_000L);
    }

    private static long ordersIn(String month) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "SELECT count(*) FROM orders WHERE strftime(order_date, '%Y-%m') = ?")) {
            p.setString(1, month);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long count(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
