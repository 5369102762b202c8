package hako.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import hako.store.ShopDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

class LinksTest {

    final LinkTokens tokens = new LinkTokens(Shop.SECRET);

    @Test
    void aTokenReadsBackOnlyWithTheRightSecretAndUnchanged() {
        String t = tokens.tracked("cart_abandonment:C1:k:1/email", 2);

        assertThat(tokens.read(t)).contains(new LinkTokens.Link("cart_abandonment:C1:k:1/email", false, 2));
        assertThat(new LinkTokens("another-secret-entirely").read(t)).isEmpty();
        assertThat(tokens.read(t.substring(0, t.length() - 2) + "AA")).isEmpty();
        assertThat(tokens.read(tokens.tracked("x:C2:k:1/email", 2).split("\\.")[0] + "." + t.split("\\.")[1])).isEmpty();
        assertThat(tokens.read("garbage")).isEmpty();
        assertThat(tokens.read(tokens.unsubscribe("a/email"))).contains(new LinkTokens.Link("a/email", true, 0));
    }

    @Test
    void anUnsubscribeStopsTheAddressAndAClickIsRecordedAndLeadsToTheTriggersLinkOnly() throws Exception {
        try (Connection db = ShopDatabase.inMemory()) {
            Shop.customer(db, "C1", "山田", "Hanako@Example.jp", true, "U1", true);
            String trigger = Shop.trigger(db, "cart_abandonment", "C1", "k", 1, DelivererTest.MORNING);
            new Outbox(db).enqueue(DelivererTest.MORNING, java.util.EnumSet.allOf(Channel.class));
            String email = OutboxMessage.id(trigger, Channel.EMAIL);

            assertThat(Unsubscribes.find(db, tokens, tokens.unsubscribe(email))).get()
                    .extracting(Unsubscribes.Target::maskedAddress, Unsubscribes.Target::unsubscribed)
                    .containsExactly("h***@example.jp", false);
            assertThat(Unsubscribes.find(db, tokens, tokens.tracked(email, 0))).isEmpty();
            long before = Unsubscribes.version();
            assertThat(Unsubscribes.apply(db, tokens, tokens.unsubscribe(email), DelivererTest.MORNING)).isPresent();
            assertThat(Unsubscribes.version()).isGreaterThan(before);
            assertThat(Unsubscribes.find(db, tokens, tokens.unsubscribe(email)).orElseThrow().unsubscribed()).isTrue();
            try (var s = db.createStatement(); var r = s.executeQuery("SELECT channel, address FROM unsubscribes")) {
                r.next();
                assertThat(r.getString(1) + " " + r.getString(2)).isEqualTo("email hanako@example.jp");
                assertThat(r.next()).isFalse();
            }

            assertThat(Clicks.follow(db, tokens, tokens.tracked(email, 0), DelivererTest.MORNING))
                    .contains("https://shop.example/cart");
            assertThat(Clicks.follow(db, tokens, tokens.tracked(email, 2), DelivererTest.MORNING))
                    .contains("https://shop.example/cart");
            assertThat(Clicks.follow(db, tokens, tokens.tracked(email, 3), DelivererTest.MORNING)).isEmpty();
            assertThat(Clicks.follow(db, tokens, tokens.unsubscribe(email), DelivererTest.MORNING)).isEmpty();
            try (var s = db.createStatement(); var r = s.executeQuery("SELECT count(*) FROM message_clicks")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(2);
            }
        }
    }
}
