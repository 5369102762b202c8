package hako.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hako.store.ShopDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hako automations}: run (dry and real) at an instant, switch, audience. */
class AutomationsCliTest {

    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void shop() throws Exception {
        db = dir.resolve("shop.duckdb").toString();
        try (Connection c = ShopDatabase.open(Path.of(db)); Statement s = c.createStatement()) {
            s.execute("INSERT INTO customers (customer_id, name, email, consent_email, import_id)"
                    + " VALUES ('C1', '佐藤', 'Sato@Example.jp', true, 1)");
            s.execute("INSERT INTO events VALUES ('e1', TIMESTAMP '2026-03-02 01:00:00', TIMESTAMP '2026-03-02 01:00:00',"
                    + " 'add_to_cart', 'v1', 'C1', 'P1', '石鹸', 800, 3, NULL, 'https://shop.example/cart', NULL)");
            s.execute("INSERT INTO events VALUES ('e2', TIMESTAMP '2026-03-02 01:00:00', TIMESTAMP '2026-03-02 01:00:00',"
                    + " 'product_view', 'v1', 'C1', 'P2', '手袋', 800, NULL, NULL, 'https://shop.example/p/P2', NULL),"
                    + " ('e3', TIMESTAMP '2026-03-02 01:05:00', TIMESTAMP '2026-03-02 01:05:00',"
                    + " 'product_view', 'v1', 'C1', 'P2', '手袋', 800, NULL, NULL, 'https://shop.example/p/P2', NULL)");
        }
    }

    @Test
    void aDryRunPrintsWhatARealRunThenWritesOnce() {
        Run dry = Run.hako("automations", "run", "--db", db, "--at", "2026-03-02T11:00", "--dry-run");
        assertThat(dry.exitCode()).isZero();
        assertThat(dry.out()).contains("evaluated at 2026-03-02T02:00:00Z", "dry run: nothing written",
                "cart_abandonment", "石鹸 ×3", "e1");
        Run real = Run.hako("automations", "run", "--db", db, "--at", "2026-03-02T02:00:00Z");
        assertThat(real.out()).containsPattern("cart_abandonment +on +2 ");
        Run again = Run.hako("automations", "run", "--db", db, "--at", "2026-03-02T02:00:00Z");
        assertThat(again.out()).containsPattern("cart_abandonment +on +0 ");
        Run bad = Run.hako("automations", "run", "--db", db, "--at", "yesterday");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("--at \"yesterday\"");
    }

    @Test
    void switchingOffIsRefusedForAnUnknownScenarioAndCancelsPending() {
        Run.hako("automations", "run", "--db", db, "--at", "2026-03-02T02:00:00Z");
        Run unknown = Run.hako("automations", "switch", "--db", db, "carts", "off");
        assertThat(unknown.err()).contains("unknown scenario \"carts\"");
        // now is long after both steps were due: nothing pending to cancel
        Run off = Run.hako("automations", "switch", "--db", db, "--user", "sato", "cart_abandonment", "off");
        assertThat(off.out()).contains("cart_abandonment is off; pending messages cancelled: 0");
        assertThat(Run.hako("automations", "run", "--db", db, "--at", "2026-03-02T02:00:00Z").out())
                .containsPattern("cart_abandonment +off +0 ");
    }

    @Test
    void theAudienceGoesToStandardOutputOrAFile() throws Exception {
        Run meta = Run.hako("automations", "audience", "--db", db, "--format", "meta");
        assertThat(meta.out()).startsWith("email\r\n").hasLineCount(1);
        Run bad = Run.hako("automations", "audience", "--db", db, "--format", "tiktok");
        assertThat(bad.err()).contains("use google, meta or yahoo-jp");
    }
}
