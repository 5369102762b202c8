package hako.delivery;

import hako.settings.HakoSettings;
import hako.store.ShopDatabase;
import java.sql.Connection;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What a delivery test starts from, fresh for each test: an in-memory shop with customer C1 (山田 花子, email and
 * LINE consent, LINE user U-hanako), the channels (a real SMTP server and the LINE stub) and a clock the test moves,
 * at {@link #MORNING}.
 */
abstract class DeliveryFixture {

    /** 2026-11-20 10:00 in Tokyo: outside LINE's quiet hours. */
    static final Instant MORNING = Instant.parse("2026-11-20T01:00:00Z");

    Connection db;
    Channels channels;
    final TestClock clock = new TestClock(MORNING);

    @BeforeEach
    void openShop() throws Exception {
        db = ShopDatabase.inMemory();
        channels = new Channels();
        Shop.customer(db, "C1", "山田 花子", "hanako@example.jp", true, "U-hanako", true);
    }

    @AfterEach
    void closeShop() throws Exception {
        channels.close();
        db.close();
    }

    /** One delivery run with {@link Shop#SETTINGS} at the clock's time. */
    DeliveryReport deliver() throws Exception {
        return deliver(Shop.SETTINGS);
    }

    DeliveryReport deliver(HakoSettings settings) throws Exception {
        try (Deliverer d = new Deliverer(db, settings, channels.config(), clock, clock)) {
            return d.run();
        }
    }
}
