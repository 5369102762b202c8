package hako.spark;

import static org.assertj.core.api.Assertions.assertThat;

import hako.customers.MetricRules;
import hako.imports.ImportOptions;
import hako.imports.ImportProgress;
import hako.imports.Importer;
import hako.store.ShopDatabase;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UCI Online Retail (541,909 lines) imported by Hako, exported as Parquet and run through the Spark job:
 * the customer table must be DuckDB's, row for row (ranks, ties and dates included) and type for type.
 */
class OnlineRetailEquivalenceTest {

    @TempDir
    static Path dir;
    static Connection db;

    @BeforeAll
    static void importOnce() throws Exception {
        String shared = System.getProperty("hako.shared.data", "../../shared/data");
        Path file = Path.of(shared, "online-retail", "online_retail.csv");
        assertThat(file).as("the shared Online Retail data").isRegularFile();
        db = ShopDatabase.open(dir.resolve("retail.duckdb"));
        new Importer(db, ImportOptions.defaults(ZoneId.of("Asia/Tokyo"))).run(List.of(file), ImportProgress.NONE);
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void theLatestDayGivesDuckDbsTable() throws Exception {
        List<String> table = BothEngines.requireEqual(db, dir, "latest", LocalDate.of(2011, 12, 9), MetricRules.DEFAULTS);

        // The dataset's published cleaning gives 4,338 customers; rank 1 as in README's example.
        assertThat(table).hasSize(4_338 + 11);
        assertThat(table.get(0)).isEqualTo("14646|73|280206.02|2010-12-20|2011-12-08|353|1|1|top1|top1|retention");
        assertThat(Files.list(dir.resolve("latest").resolve("customers")).filter(f -> f.toString().endsWith(".parquet")).count()).isPositive();
    }

    @Test
    void midYearWithOtherRulesGivesDuckDbsTable() throws Exception {
        MetricRules rules = new MetricRules(20, 45, 200, 5, new BigDecimal("2.5"), new BigDecimal("12.25"),
                new BigDecimal("33.33333333"), 90);

        List<String> table = BothEngines.requireEqual(db, dir, "mid-year", LocalDate.of(2011, 6, 30), rules,
                "stage.acquisition_days=20", "stage.churn_days=45", "stage.dormant_days=200",
                "stage.retention_orders=5", "tier.top1_percent=2.5", "tier.top10_percent=12.25",
                "tier.top20_percent=33.33333333");

        assertThat(table.stream().filter(r -> r.contains("|acquisition"))).isNotEmpty();
        assertThat(table.stream().filter(r -> r.contains("|churn_prevention"))).isNotEmpty();
    }
}
