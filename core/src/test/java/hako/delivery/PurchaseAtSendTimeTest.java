package hako.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A message already due is never cancelled by the scenarios, so a purchase that arrives between their last
 * evaluation and the send must stop it at send time: any purchase since the cart began, any purchase after
 * the recommended order, a purchase of the product a browse message is about. Purchases from before are no
 * reason.
 */
class PurchaseAtSendTimeTest extends DeliveryFixture {

    /** 2026-11-20 10:00 in Tokyo. */
    static final Instant NOW = MORNING;

    void event(String id, String type, Instant at, String product) throws Exception {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO events (event_id, received_at, occurred_at, type,"
                + " visitor_id, customer_id, product_code) VALUES (?, ?, ?, ?, 'v-1', 'C1', ?)")) {
            p.setString(1, id);
            p.setObject(2, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            p.setObject(3, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            p.setString(4, type);
            p.setString(5, product);
            p.executeUpdate();
        }
    }

    void line(String order, String product) throws Exception {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO order_lines (order_id, line_no, product_code,"
                + " quantity, unit_price, amount) VALUES (?, 1, ?, 1, 1000, 1000)")) {
            p.setString(1, order);
            p.setString(2, product);
            p.executeUpdate();
        }
    }

    @Test
    void aDueCartStepIsNotSentAfterAPurchaseSinceTheCartBeganThatTheScenariosHaveNotSeenYet() throws Exception {
        event("cart-1", "add_to_cart", NOW.minus(Duration.ofHours(2)), "P-1");
        Shop.order(db, "BEFORE", "C1", NOW.minus(Duration.ofDays(3)), 5000);
        String step = Shop.trigger(db, "cart_abandonment", "C1", "cart-1", 1, NOW.minusSeconds(60));
        // bought at 09:59:30 Tokyo, after the step was due and before this round, nothing cancelled it
        Shop.order(db, "O-9", "C1", NOW.minusSeconds(30), 2560);

        DeliveryReport report = deliver();

        assertThat(report.sent()).isZero();
        assertThat(report.skipped()).isEqualTo(2);
        assertThat(channels.mails()).isEmpty();
        assertThat(channels.line.requests()).isEmpty();
        assertThat(Shop.status(db, OutboxMessage.id(step, Channel.EMAIL)))
                .isEqualTo("skipped ended by a purchase: order O-9 at 2026-11-20T09:59:30 (shop time)");
        assertThat(Shop.status(db, OutboxMessage.id(step, Channel.LINE))).startsWith("skipped ended by a purchase");
    }

    @Test
    void purchasesBeforeTheCartBeganCancelledOrOfNoAmountDoNotStopIt() throws Exception {
        event("cart-1", "add_to_cart", NOW.minus(Duration.ofHours(2)), "P-1");
        Shop.order(db, "BEFORE", "C1", NOW.minus(Duration.ofHours(2)).minusSeconds(1), 5000);
        Shop.order(db, "FREE", "C1", NOW.minusSeconds(30), 0);
        Shop.order(db, "OTHER", "C2", NOW.minusSeconds(30), 3000);
        Shop.trigger(db, "cart_abandonment", "C1", "cart-1", 1, NOW.minusSeconds(60));

        assertThat(deliver().sent()).isEqualTo(2);
    }

    @Test
    void aRecommendationIsSupersededByALaterOrderNotByTheOrderItFollows() throws Exception {
        Shop.order(db, "O-1", "C1", NOW.minus(Duration.ofDays(14)), 3000);
        Shop.customer(db, "C2", "佐藤", "sato@example.jp", true, null, false);
        Shop.order(db, "O-2", "C2", NOW.minus(Duration.ofDays(14)), 3000);
        Shop.order(db, "O-3", "C2", NOW.minus(Duration.ofMinutes(5)), 1200);
        String kept = Shop.trigger(db, "recommendation", "C1", "O-1", 1, NOW.minusSeconds(60));
        String superseded = Shop.trigger(db, "recommendation", "C2", "O-2", 1, NOW.minusSeconds(60));

        deliver();

        assertThat(Shop.status(db, OutboxMessage.id(kept, Channel.EMAIL))).isEqualTo("sent");
        assertThat(Shop.status(db, OutboxMessage.id(superseded, Channel.EMAIL))).startsWith("skipped ended by a purchase:"
                + " order O-3");
    }

    @Test
    void aBrowseMessageEndsOnlyWithAPurchaseOfItsProduct() throws Exception {
        Shop.customer(db, "C2", "佐藤", "sato@example.jp", true, null, false);
        event("view-1", "product_view", NOW.minus(Duration.ofHours(2)), "P-1");
        event("view-2", "product_view", NOW.minus(Duration.ofHours(2)), "P-1");
        Shop.order(db, "OTHER-PRODUCT", "C1", NOW.minus(Duration.ofMinutes(5)), 1000);
        line("OTHER-PRODUCT", "P-9");
        Shop.order(db, "THE-PRODUCT", "C2", NOW.minus(Duration.ofMinutes(5)), 1000);
        line("THE-PRODUCT", "P-2");
        // Shop.trigger's items are P-1 and P-2
        String other = Shop.trigger(db, "browse_retargeting", "C1", "view-1", 1, NOW.minusSeconds(60));
        String same = Shop.trigger(db, "browse_retargeting", "C2", "view-2", 1, NOW.minusSeconds(60));

        deliver();

        assertThat(Shop.status(db, OutboxMessage.id(other, Channel.EMAIL))).isEqualTo("sent");
        assertThat(Shop.status(db, OutboxMessage.id(same, Channel.EMAIL))).startsWith("skipped ended by a purchase:"
                + " order THE-PRODUCT");
    }
}
