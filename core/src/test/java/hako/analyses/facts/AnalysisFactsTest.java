package hako.analyses.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import hako.analyses.AnalysisQuery;
import hako.analyses.ItemLevel;
import hako.analyses.behaviour.BehaviourRules;
import hako.analyses.behaviour.BehaviourSegments;
import hako.analyses.cohorts.Cohorts;
import hako.analyses.decomposition.SalesDecomposition;
import hako.analyses.entry.EntryProduct;
import hako.analyses.entry.EntryProducts;
import hako.analyses.groups.CustomerGroup;
import hako.analyses.groups.GroupSnapshot;
import hako.analyses.journey.Journey;
import hako.analyses.journey.JourneyMap;
import hako.analyses.journey.JourneyPath;
import hako.analyses.nps.Loyalty;
import hako.analyses.nps.NpsReport;
import hako.analyses.nps.Respondent;
import hako.customers.AsOfDate;
import hako.customers.MetricRules;
import hako.customers.MetricSnapshot;
import hako.demo.DemoFiles;
import hako.demo.DemoOptions;
import hako.demo.DemoShop;
import hako.imports.ImportOptions;
import hako.imports.ImportProgress;
import hako.imports.Importer;
import hako.segments.AnalysisRow;
import hako.segments.MemberQuery;
import hako.segments.Members;
import hako.segments.Segment;
import hako.store.ShopDatabase;
import hako.testing.SmallShop;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stored facts give every analysis exactly the figures computed afresh from the orders (a demo shop
 * with products, categories and NPS answers, at an as-of date inside a month so that windows are cut),
 * a later import makes them stale, so that they are no longer read, and the counts of the entry
 * products and of the journey's paths list exactly their customers (NPS respondents without a
 * purchase apart from the customer list).
 */
class AnalysisFactsTest {

    static final BehaviourRules RULES = new BehaviourRules(3, 365, 50, 2, 2.5);

    @TempDir
    static Path dir;
    static Connection db;
    static LocalDate asOf;

    @BeforeAll
    static void importDemo() throws Exception {
        DemoFiles files = DemoShop.write(dir.resolve("shop"), DemoOptions.defaults().customers(1_500), null);
        db = ShopDatabase.open(dir.resolve("demo.duckdb"));
        new Importer(db, ImportOptions.defaults(ZoneId.of("Asia/Tokyo")))
                .run(List.of(files.orders(), files.customers(), files.products()), ImportProgress.NONE);
        asOf = AsOfDate.latestOrderDate(db).minusDays(40);
        try (Statement s = db.createStatement()) {
            // answers from every 7th customer with a purchase and from two who never bought
            s.execute("INSERT INTO nps_responses SELECT customer_id, DATE '" + asOf.minusDays(30) + "',"
                    + " CAST(hash(customer_id) % 11 AS INTEGER), NULL, 1 FROM (SELECT DISTINCT customer_id FROM orders"
                    + " WHERE customer_id IS NOT NULL) WHERE hash(customer_id) % 7 = 0");
            s.execute("INSERT INTO nps_responses VALUES ('never-1', DATE '" + asOf.minusDays(3) + "', 10, NULL, 1),"
                    + " ('never-2', DATE '" + asOf.minusDays(3) + "', 3, NULL, 1)");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    /** Every analysis at {@code date}, as records (equal when every figure is). */
    static List<Object> everyAnalysis(Connection c, LocalDate date) throws SQLException {
        List<Object> all = new ArrayList<>();
        YearMonth first = YearMonth.from(AnalysisQuery.firstPurchase(c, date));
        all.add(SalesDecomposition.read(c, date, first.plusMonths(1), YearMonth.from(date)));
        all.add(Cohorts.read(c, date, 24));
        for (ItemLevel level : ItemLevel.values()) {
            all.add(EntryProducts.read(c, date, level, 3, 5));
            all.add(Journey.read(c, date, MetricRules.DEFAULTS, level, 50));
        }
        all.add(BehaviourSegments.read(c, date, RULES));
        all.add(NpsReport.read(c, date));
        AnalysisQuery.dropWorkTables(c);
        return all;
    }

    @Test
    void storedFactsGiveTheFiguresComputedFromTheOrders() throws Exception {
        assertThat(AnalysisFacts.isStored(db, asOf)).isFalse();
        List<Object> fresh = everyAnalysis(db, asOf);

        AnalysisFacts.ensure(db, asOf);

        assertThat(AnalysisFacts.isStored(db, asOf)).isTrue();
        assertThat(everyAnalysis(db, asOf)).isEqualTo(fresh);
        Cohorts cohorts = (Cohorts) fresh.get(1);
        assertThat(cohorts.cells()).isNotEmpty();
        assertThat(((Journey) fresh.get(3)).repeaters().paths()).isNotEmpty();
    }

    @Test
    void eachEntryProductsCountListsItsCustomers() throws Exception {
        LocalDate date = AsOfDate.latestOrderDate(db);
        listable(date);
        for (ItemLevel level : ItemLevel.values()) {
            List<EntryProduct> entries = EntryProducts.read(db, date, level, 3, 5).entries();
            assertThat(entries).hasSizeGreaterThan(3);
            for (EntryProduct e : entries) {
                assertThat(listed(date, new AnalysisRow.Entry(level, e.item()))).as(level + " " + e.item())
                        .isEqualTo(e.customers());
            }
        }
    }

    @Test
    void eachJourneyPathsCountListsItsCustomers() throws Exception {
        LocalDate date = AsOfDate.latestOrderDate(db);
        listable(date);
        for (ItemLevel level : ItemLevel.values()) {
            Journey j = Journey.read(db, date, MetricRules.DEFAULTS, level, 30);
            for (JourneyMap map : List.of(j.top1(), j.repeaters())) {
                assertThat(map.paths()).isNotEmpty();
                for (JourneyPath p : map.paths()) {
                    assertThat(listed(date, new AnalysisRow.Path(map.group().equals("top1"), level, p.items())))
                            .as(level + " " + map.group() + " " + p.items()).isEqualTo(p.customers());
                }
            }
        }
        assertThat(listed(date, new AnalysisRow.Path(false, ItemLevel.PRODUCT, List.of("no such product")))).isZero();
    }

    @Test
    void respondentsWithoutPurchasesAreListedApart() throws Exception {
        LocalDate date = AsOfDate.latestOrderDate(db);
        listable(date);
        GroupSnapshot.ensure(db, date, RULES);
        NpsReport report = NpsReport.read(db, date);
        for (Loyalty l : Loyalty.values()) {
            List<Respondent> apart = NpsReport.withoutPurchase(db, date, l);
            long inList = Members.count(db, new MemberQuery(date, Segment.ofGroup(CustomerGroup.of(l)), null, false));
            assertThat(apart).hasSize((int) report.withoutPurchase(l));
            assertThat(inList + apart.size()).as(l.key()).isEqualTo(report.of(l).customers());
        }
        assertThat(NpsReport.withoutPurchase(db, date, Loyalty.HIGH)).extracting(Respondent::customerId)
                .containsExactly("never-1");
        assertThat(NpsReport.withoutPurchase(db, date, Loyalty.LOW))
                .extracting(Respondent::customerId, Respondent::score).containsExactly(tuple("never-2", 3));
    }

    /** The customer table and the facts stored at {@code date}, as the web's list reads them. */
    private static void listable(LocalDate date) throws SQLException {
        if (!MetricSnapshot.isStored(db, date, MetricRules.DEFAULTS)) {
            MetricSnapshot.take(db, date, MetricRules.DEFAULTS);
        }
        AnalysisFacts.ensure(db, date);
        AnalysisQuery.dropWorkTables(db);
    }

    private static long listed(LocalDate date, AnalysisRow row) throws SQLException {
        return Members.count(db, new MemberQuery(date, Segment.ALL.withRow(row), null, false));
    }

    @Test
    void aLaterImportMakesStoredFactsStale(@TempDir Path small) throws Exception {
        try (SmallShop shop = new SmallShop(small.resolve("shop.duckdb"))) {
            LocalDate date = LocalDate.of(2024, 6, 30);
            shop.purchases("A", 1000, "2024-01-10").purchases("B", 2000, "2024-02-10");
            AnalysisFacts.ensure(shop.db(), date);
            assertThat(Cohorts.read(shop.db(), date, 24).summaries()).hasSize(2);

            shop.purchases("C", 3000, "2024-03-10").importRecorded(2);

            assertThat(AnalysisFacts.isStored(shop.db(), date)).isFalse();
            assertThat(Cohorts.read(shop.db(), date, 24).summaries()).hasSize(3);
            AnalysisFacts.ensure(shop.db(), date);
            assertThat(AnalysisFacts.isStored(shop.db(), date)).isTrue();
            assertThat(Cohorts.read(shop.db(), date, 24).summaries()).hasSize(3);
        }
    }
}
