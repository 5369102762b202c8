package hako.spark;

import static org.assertj.core.api.Assertions.assertThat;

import hako.customers.AsOfDate;
import hako.customers.MetricRules;
import hako.demo.DemoFiles;
import hako.demo.DemoOptions;
import hako.demo.DemoShop;
import hako.imports.ImportOptions;
import hako.imports.ImportProgress;
import hako.imports.Importer;
import hako.store.ShopDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small demo shop (2,000 customers, with cancellations and orders naming no one): both engines agree. */
class DemoShopEquivalenceTest {

    @TempDir
    Path dir;

    @Test
    void theDemoShopGivesDuckDbsTable() throws Exception {
        DemoFiles files = DemoShop.write(dir.resolve("shop"), DemoOptions.defaults().customers(2_000), null);
        try (Connection db = ShopDatabase.open(dir.resolve("demo.duckdb"))) {
            new Importer(db, ImportOptions.defaults(ZoneId.of("Asia/Tokyo")))
                    .run(List.of(files.orders(), files.customers(), files.products()), ImportProgress.NONE);

            List<String> table = BothEngines.requireEqual(db, dir, "demo", AsOfDate.latestOrderDate(db),
                    MetricRules.DEFAULTS);

            assertThat(table.size() - 11).isGreaterThan(1_000);
        }
    }
}
