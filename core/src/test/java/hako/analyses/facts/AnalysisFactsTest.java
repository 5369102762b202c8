package hako.analyses.facts;

import static org.assertj.core.api.Assertions.assertThat;

import hako.analyses.AnalysisQuery;
import hako.analyses.ItemLevel;
import hako.analyses.behaviour.BehaviourRules;
import hako.analyses.behaviour.BehaviourSegments;
import hako.analyses.cohorts.Cohorts;
import hako.analyses.decomposition.SalesDecomposition;
import hako.analyses.entry.EntryProducts;
import hako.analyses.journey.Journey;
import hako.analyses.nps.NpsReport;
import hako.customers.AsOfDate;
import hako.customers.MetricRules;
import hako.demo.DemoFiles;
import hako.demo.DemoOptions;
import hako.demo.DemoShop;
import hako.imports.ImportOptions;
import hako.imports.ImportProgress;
import hako.imports.Importer;
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
 * and a later import makes them stale, so that they are no longer read.
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
