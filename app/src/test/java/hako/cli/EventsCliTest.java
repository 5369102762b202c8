package hako.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hako events import}: events CSV into the shop, refused whole with file, line and field. */
class EventsCliTest {

    @TempDir
    Path dir;

    @Test
    void importsAnEventsFileAndRefusesABadOneWritingNothing() throws Exception {
        Path db = dir.resolve("shop.duckdb");
        Path good = Files.writeString(dir.resolve("events.csv"), """
                event_id,type,visitor_id,customer_id,occurred_at,product_code,price,quantity,order_id
                e1,product_view,v1,,2026-11-01T10:00:00+09:00,P1,1200,,
                e2,purchase,v1,C1,2026-11-01T10:10:00+09:00,P1,1200,2,W1
                """);
        Path bad = Files.writeString(dir.resolve("bad.csv"), """
                type,visitor_id,occurred_at,product_code
                add_to_cart,v2,2026-11-01T10:00:00+09:00,
                """);

        Run ok = Run.hako("events", "import", "--db", db.toString(), good.toString());
        Run again = Run.hako("events", "import", "--db", db.toString(), good.toString());
        Run refused = Run.hako("events", "import", "--db", db.toString(), bad.toString());

        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("events.csv: 2 events, 2 stored, 0 already stored", "1 new orders from purchases");
        assertThat(again.out()).contains("events.csv: 2 events, 0 stored, 2 already stored", "0 new orders");
        assertThat(refused.exitCode()).isEqualTo(Hako.INPUT_REFUSED);
        assertThat(refused.err()).contains("1 error, nothing was imported",
                "bad.csv:2: product_code: missing product_code: add_to_cart needs the product");
    }
}
