package hako.delivery;

import hako.settings.HakoSettings;
import hako.store.ShopDatabase;
import java.sql.Connection;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh in-memory shop per test with customer C1 (email and LINE, both consented), a real SMTP server and
 * the LINE stub, and a test clock at {@link #MORNING} that only the test moves.
 */
abstract class OneCustomerShop {

    /** 2026-11-20 10:00 in Tokyo: outside LINE's quiet hours. */
    static final Instant MORNING = Instant.parse("2026-11-20T01:00:00Z");

    Connection db;
    Channels channels;
    TestClock clock = new TestClock(MORNING);

    @BeforeEach
    void open() throws Exception {
        db = ShopDatabase.inMemory();
        channels = new Channels();
        Shop.customer(db, "C1", "山田 花子", "hanako@example.jp", true, "U-hanako", true);
    }

    @AfterEach
    void close() throws Exception {
        channels.close();
        db.close();
    }

    DeliveryReport deliver() throws Exception {
        return deliver(Shop.SETTINGS);
    }

    /** One delivery round at the clock's time. */
    DeliveryReport deliver(HakoSettings settings) throws Exception {
        try (Deliverer d = new Deliverer(db, settings, channels.config(), clock, clock)) {
            return d.run();
        }
    }
}
