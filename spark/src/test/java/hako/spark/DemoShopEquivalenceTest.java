package hako.spark;

import static org.assertj.core.api.Assertions.assertThat;

import hako.board.BoardNumbers;
import hako.customers.AsOfDate;
import hako.customers.MetricSnapshot;
import hako.customers.MetricRules;
import hako.demo.DemoFiles;
import hako.demo.DemoOptions;
import hako.demo.DemoShop;
import hako.imports.ImportOptions;
import hako.imports.ImportProgress;
import hako.imports.Importer;
import hako.scaleout.MetricsImport;
import hako.store.ShopDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small demo shop (2,000 customers, with cancellations and orders naming no one): both engines agree,
 * and the job's output imported into the shop drives the board with the numbers Hako computes itself.
 */
class DemoShopEquivalenceTest {

    @TempDir
    Path dir;

    @Test
    void theDemoShopGivesDuckDbsTable() throws Exception {
        DemoFiles files = DemoShop.write(dir.resolve("shop"), DemoOptions.defaults().customers(2_000), null);
        try (Connection db = ShopDatabase.open(dir.resolve("demo.duckdb"))) {
            new Importer(db, ImportOptions.defaults(ZoneId.of("Asia/Tokyo")))
                    .run(List.of(files.orders(), files.customers(), files.products()), ImportProgress.NONE);

            LocalDate asOf = AsOfDate.latestOrderDate(db);
            List<String> table = BothEngines.requireEqual(db, dir, "demo", asOf, MetricRules.DEFAULTS);
            assertThat(table.size() - 11).isGreaterThan(1_000);

            BoardNumbers computed = BoardNumbers.compute(db, asOf, MetricRules.DEFAULTS);
            MetricsImport.Result imported = MetricsImport.load(db, dir.resolve("demo"), MetricRules.DEFAULTS, false);
            BoardNumbers board = BoardNumbers.compute(db, asOf, MetricRules.DEFAULTS);

            assertThat(imported).isEqualTo(new MetricsImport.Result(asOf, table.size() - 11));
            assertThat(computed.snapshot().source()).isEqualTo(MetricSnapshot.Source.COMPUTED);
            assertThat(board.snapshot().source()).isEqualTo(MetricSnapshot.Source.IMPORTED);
            assertThat(board.stages()).isEqualTo(computed.stages());
            assertThat(board.flows()).containsExactlyInAnyOrderElementsOf(computed.flows());
            assertThat(board.summary()).isEqualTo(computed.summary());
        }
    }
}
