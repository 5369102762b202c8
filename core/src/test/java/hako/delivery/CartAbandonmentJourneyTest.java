package hako.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import hako.automations.Automations;
import hako.events.EventStore;
import hako.events.EventType;
import hako.events.Intake;
import hako.events.SiteEvent;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole path of issue 7 on one shop: site events in, the scenario decides, delivery sends through a
 * real SMTP server and the LINE stub, and the purchase that follows is attributed to the message. Time
 * moves by the test's clock, never by sleeping.
 */
class CartAbandonmentJourneyTest extends DeliveryFixture {

    static final Instant T0 = MORNING;

    private void events(Instant at, SiteEvent... events) throws Exception {
        EventStore.write(db, List.of(List.of(events)), Intake.api(at, Shop.SETTINGS.zone()));
    }

    private static SiteEvent event(String id, Instant at, EventType type, String customer, String product,
                                   Integer quantity, String order) {
        return new SiteEvent(id, at, type, "v-1", customer, product, product == null ? null : "有機緑茶 100g",
                product == null ? null : new BigDecimal("1280"), quantity, order, "https://shop.example/p/1");
    }

    private void evaluateAndDeliver() throws Exception {
        Automations.run(db, clock, Shop.SETTINGS);
        deliver();
    }

    @Test
    void anAbandonedCartGetsOneEmailAndOneLinePushAndThePurchaseAfterIsAttributed() throws Exception {
        // an anonymous visitor views and adds to the cart, then logs in: the visitor becomes customer C1
        events(MORNING, event("e-1", MORNING, EventType.PRODUCT_VIEW, null, "P-1", null, null),
                event("e-2", MORNING.plusSeconds(30), EventType.ADD_TO_CART, null, "P-1", 2, null),
                event("e-3", MORNING.plusSeconds(60), EventType.IDENTIFY, "C1", null, null, null));

        clock.set(MORNING.plus(Duration.ofMinutes(59)));
        evaluateAndDeliver();
        assertThat(channels.mails()).isEmpty();

        clock.set(MORNING.plus(Duration.ofMinutes(61)));
        evaluateAndDeliver();
        evaluateAndDeliver();
        assertThat(channels.mails()).hasSize(1);
        assertThat(channels.mails().get(0).getSubject()).contains("カート");
        assertThat((String) channels.mails().get(0).getContent()).contains("有機緑茶 100g");
        assertThat(channels.line.requests()).hasSize(1);
        assertThat(channels.line.requests().get(0).body()).contains("U-hanako");

        // the customer comes back and buys: step 2 is cancelled, the order is attributed to the message
        Instant bought = MORNING.plus(Duration.ofHours(3));
        clock.set(bought);
        events(bought, event("e-4", bought, EventType.PURCHASE, "C1", "P-1", 2, "O-1"));
        clock.set(bought.plus(Duration.ofMinutes(1)));   // the app evaluates every minute
        evaluateAndDeliver();
        clock.set(MORNING.plus(Duration.ofHours(26)));
        evaluateAndDeliver();
        assertThat(channels.mails()).hasSize(1);
        assertThat(channels.line.requests()).hasSize(1);
        assertThat(text("SELECT cancel_reason FROM automation_triggers WHERE step = 2")).isEqualTo("purchased");

        Attribution.ScenarioStats cart = Attribution.stats(db, Shop.SETTINGS.zone(),
                        Shop.SETTINGS.delivery().attributionDays(), MORNING, MORNING.plus(Duration.ofDays(7))).stream()
                .filter(s -> s.scenario().equals("cart_abandonment")).findFirst().orElseThrow();
        // the email and the LINE push are two messages; the order goes to the last one sent before it
        assertThat(cart.triggered()).isEqualTo(2);
        assertThat(cart.sent()).isEqualTo(2);
        assertThat(cart.converted()).isEqualTo(1);
        assertThat(cart.revenue()).isEqualByComparingTo("2560");
    }

    private String text(String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
