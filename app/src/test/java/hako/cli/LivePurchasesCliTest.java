package hako.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hako.events.EventStore;
import hako.events.EventType;
import hako.events.Intake;
import hako.events.SiteEvent;
import hako.store.ShopDatabase;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A purchase posted to the events API that a server never took into its numbers (it stopped without its last
 * refresh, as in a crash) still counts in the next command: the command takes it in before reading.
 */
class LivePurchasesCliTest {

    @TempDir
    Path dir;

    @Test
    void aPurchaseLeftWaitingByAServerCountsInTheNextCommand() throws Exception {
        Path db = dir.resolve("shop.duckdb");
        Path orders = Files.writeString(dir.resolve("orders.csv"), "注文番号,注文日時,顧客ID,金額\nA1,2022/11/30,M1,1000\n");
        assertThat(Run.hako("import", "--db", db.toString(), orders.toString()).exitCode()).isZero();
        assertThat(Run.hako("customers", "--db", db.toString(), "--as-of", "2022-12-31").out())
                .contains("M1,1,1000.00,2022-11-30,2022-11-30,");
        // the analyses' facts are stored for the data version and this date: read again while it stays
        assertThat(Run.hako("cohorts", "--db", db.toString(), "--as-of", "2022-12-31", "--format", "csv").out())
                .contains("2022-11,1,2,2022-12,0,0.0000,1.0000,0,0.00,1000.00,1000.00,true");

        try (Connection c = ShopDatabase.open(db)) {
            SiteEvent purchase = new SiteEvent("e1", Instant.parse("2022-12-01T03:00:00Z"), EventType.PURCHASE, "v1",
                    "M1", "P1", "緑茶", new BigDecimal("500"), 1, "A2", null);
            EventStore.write(c, List.of(List.of(purchase)), Intake.api(Instant.parse("2022-12-01T03:00:05Z"),
                    ZoneId.of("Asia/Tokyo")));
        }

        Run after = Run.hako("customers", "--db", db.toString(), "--as-of", "2022-12-31");
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.out()).contains("M1,2,1500.00,2022-11-30,2022-12-01,");
        assertThat(Run.hako("cohorts", "--db", db.toString(), "--as-of", "2022-12-31", "--format", "csv").out())
                .contains("2022-11,1,2,2022-12,1,1.0000,0.0000,1,500.00,1500.00,1500.00,true");
    }
}
