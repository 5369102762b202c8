package hako.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import hako.store.ShopDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionTest {

    static final Instant T0 = DelivererTest.MORNING;

    @Test
    void aPurchaseWithinFiveDaysIsAttributedToTheLastMessageBeforeIt() throws Exception {
        TestClock clock = new TestClock(T0);
        try (Connection db = ShopDatabase.inMemory(); Channels channels = new Channels()) {
            Shop.customer(db, "C1", "山田", "c1@example.jp", true, null, false);
            Shop.customer(db, "C2", "佐藤", "c2@example.jp", true, null, false);
            Shop.trigger(db, "cart_abandonment", "C1", "cart", 1, T0);
            Shop.trigger(db, "cart_abandonment", "C2", "cart", 1, T0);
            try (Deliverer d = new Deliverer(db, Shop.SETTINGS, channels.config(), clock, clock)) {
                d.run();
                clock.advance(Duration.ofDays(1));
                Shop.trigger(db, "recommendation", "C1", "o", 1, clock.instant());
                d.run();
            }
            // C1: cart message at T0, recommendation at T0+1d. Orders at T0+2d (to the recommendation, the last
            // before it), T0+6d+1h (5 days after the recommendation have passed: not attributed).
            Shop.order(db, "A", "C1", T0.plus(Duration.ofDays(2)), 3_000);
            Shop.order(db, "B", "C1", T0.plus(Duration.ofDays(6)).plus(Duration.ofHours(1)), 9_000);
            // C2: one order before the message (not attributed), one at 4 days 23 hours (attributed).
            Shop.order(db, "C", "C2", T0.minus(Duration.ofHours(1)), 700);
            Shop.order(db, "D", "C2", T0.plus(Duration.ofDays(4)).plus(Duration.ofHours(23)), 5_000);
            String cart = OutboxMessage.id("cart_abandonment:C2:cart:1", Channel.EMAIL);
            assertThat(Clicks.follow(db, new LinkTokens(Shop.SECRET), new LinkTokens(Shop.SECRET).tracked(cart, 1),
                    T0.plusSeconds(60))).contains("https://shop.example/p/1");

            List<Attribution.ScenarioStats> stats = Attribution.stats(db, Shop.SETTINGS.zone(), 5,
                    T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(30)));

            assertThat(stats).containsExactly(
                    new Attribution.ScenarioStats("cart_abandonment", 2, 2, 1, 1, new BigDecimal("5000.00")),
                    new Attribution.ScenarioStats("browse_retargeting", 0, 0, 0, 0, BigDecimal.ZERO),
                    new Attribution.ScenarioStats("recommendation", 1, 1, 0, 1, new BigDecimal("3000.00")));
            assertThat(MessageLog.of(db, "C1", 10)).filteredOn(e -> e.channel() == Channel.EMAIL).extracting(MessageLog.Entry::scenario, MessageLog.Entry::converted)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("recommendation", true),
                            org.assertj.core.groups.Tuple.tuple("cart_abandonment", false));
        }
    }
}
