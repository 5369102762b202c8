package hako.automations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hako.audit.AuditLog;
import hako.store.ShopDatabase;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CartAbandonmentTest extends OnACartShop {

    @Test
    void noMessageAt59MinutesStepOneAt60WithStepTwoADayLater() throws Exception {
        String first = site.add("C1", "P1", 2, T0);
        site.add("C1", "P2", 1, T0.plusSeconds(60));
        assertEquals(0, runAt(Duration.ofMinutes(60)).decided(), "59 minutes after the last change");
        Outcome o = runAt(Duration.ofMinutes(61));
        assertEquals(2, o.decided());
        assertEquals(List.of("C1 " + first + " 1 2026-03-02T02:01:00Z", "C1 " + first + " 2 2026-03-03T02:01:00Z"),
                Triggers.of(c, CART));
        assertEquals("[{\"product_code\":\"P1\",\"product_name\":\"name of P1\",\"price\":1200.00,\"quantity\":2,"
                + "\"url\":\"https://shop.example/cart\"},{\"product_code\":\"P2\",\"product_name\":\"name of P2\","
                + "\"price\":1200.00,\"quantity\":1,\"url\":\"https://shop.example/cart\"}]",
                Triggers.items(c, CART, "C1", 1));
        assertEquals(Triggers.items(c, CART, "C1", 1), Triggers.items(c, CART, "C1", 2));
    }

    @Test
    void evaluatingTwiceAtTheSameInstantAddsNothing() throws Exception {
        site.add("C1", "P1", 1, T0);
        assertEquals(2, runAt(Duration.ofMinutes(60)).decided());
        Outcome again = runAt(Duration.ofMinutes(60));
        assertEquals(0, again.decided());
        assertEquals(0, again.cancelledTotal());
        assertEquals(2, Triggers.of(c, CART).size());
    }

    @Test
    void aPurchaseAt59MinutesMeansNoMessage() throws Exception {
        site.add("C1", "P1", 1, T0);
        site.purchase("C1", T0.plus(Duration.ofMinutes(59)));
        assertEquals(0, runAt(Duration.ofMinutes(60)).decided());
        assertEquals(0, runAt(Duration.ofHours(30)).decided());
        assertEquals(List.of(), Triggers.of(c, CART));
    }

    @Test
    void anOrderAfterStepOneCancelsThePendingStepTwo() throws Exception {
        site.add("C1", "P1", 1, T0);
        runAt(Duration.ofMinutes(60));
        // 03:00 UTC is 12:00 in Tokyo, as orders keep it
        shop.order("O1", "C1", "2026-03-02 12:00", "P1:1200");
        Outcome o = runAt(Duration.ofHours(3));
        assertEquals(Map.of("purchased", 1L), o.cancelled());
        List<String> rows = Triggers.of(c, CART);
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).endsWith(" 1 2026-03-02T02:00:00Z"), rows.get(0));
        assertTrue(rows.get(1).endsWith(" 2 2026-03-03T02:00:00Z purchased"), rows.get(1));
    }

    @Test
    void anOrderBeforeTheCartDoesNotEndIt() throws Exception {
        shop.order("O1", "C1", "2026-03-02 09:00", "P9:500"); // 00:00 UTC, before the cart
        site.add("C1", "P1", 1, T0);
        assertEquals(2, runAt(Duration.ofMinutes(60)).decided());
    }

    @Test
    void removingEverythingEmptiesTheCart() throws Exception {
        site.add("C1", "P1", 2, T0);
        site.remove("C1", "P1", 2, T0.plusSeconds(30));
        assertEquals(0, runAt(Duration.ofHours(2)).decided());
        site.add("C2", "P1", 1, T0);
        site.remove("C2", "P1", 1, T0.plus(Duration.ofHours(2)));
        site.add("C3", "P1", 3, T0);
        site.remove("C3", "P1", 1, T0.plusSeconds(30));
        Outcome before = runAt(Duration.ofMinutes(61));
        assertEquals(4, before.decided(), "C2 and C3 still have something in the cart");
        assertTrue(Triggers.items(c, CART, "C3", 1).contains("\"quantity\":2"));
        Outcome after = runAt(Duration.ofHours(3));
        assertEquals(Map.of("cart_emptied", 1L), after.cancelled(), "C2's step 2");
    }

    @Test
    void reEntryAfterSixDaysTwentyThreeHoursIsRefusedAfterSevenDaysAllowed() throws Exception {
        site.add("C1", "P1", 1, T0);
        site.add("C2", "P1", 1, T0);
        runAt(Duration.ofMinutes(60));
        site.purchase("C1", T0.plus(Duration.ofHours(2)));
        site.purchase("C2", T0.plus(Duration.ofHours(2)));
        Instant c1Again = T0.plus(Duration.ofDays(6)).plus(Duration.ofHours(23));
        Instant c2Again = T0.plus(Duration.ofDays(7));
        site.add("C1", "P2", 1, c1Again);
        site.add("C2", "P2", 1, c2Again);
        runAt(Duration.ofDays(7).plus(Duration.ofMinutes(30)));
        Outcome o = runAt(Duration.ofDays(7).plus(Duration.ofMinutes(60)));
        assertEquals(2, o.decided(), "only C2 re-enters");
        assertEquals(0, Triggers.of(c, CART).stream().filter(r -> r.startsWith("C1 ") && r.contains("2026-03-09")).count());
        assertEquals(2, Triggers.of(c, CART).stream().filter(r -> r.startsWith("C2 ") && r.contains("2026-03-09T02")).count()
                + Triggers.of(c, CART).stream().filter(r -> r.startsWith("C2 ") && r.contains("2026-03-10T02")).count());
    }

    @Test
    void aMergedVisitorsCartCountsForTheCustomerAnUnmergedOneIsOnlyCounted() throws Exception {
        site.event("add_to_cart", "anon-1", null, "P1", 1, T0);
        site.event("add_to_cart", "anon-2", null, "P2", 1, T0);
        site.event("add_to_cart", "anon-3", null, "P3", 1, T0);
        site.merge("anon-1", "C7", T0.plusSeconds(120));
        Outcome o = runAt(Duration.ofMinutes(60));
        assertEquals(2, o.decided());
        assertEquals(Map.of("anonymous", 2L), o.skipped());
        assertTrue(Triggers.of(c, CART).get(0).startsWith("C7 "));
    }

    @Test
    void switchedOffDecidesNothingAndCancelsWhatIsPending() throws Exception {
        site.add("C1", "P1", 1, T0);
        runAt(Duration.ofMinutes(60));
        clock.at(T0.plus(Duration.ofHours(2)));
        assertEquals(1, ScenarioSwitches.set(c, CART, false, "admin", clock));
        site.add("C2", "P1", 1, T0.plus(Duration.ofHours(2)));
        Outcome off = runAt(Duration.ofHours(4));
        assertEquals(0, off.decided());
        assertEquals(false, off.enabled());
        assertTrue(Triggers.of(c, CART).get(1).endsWith("scenario_off"));
        assertEquals("cart_abandonment off, pending cancelled",
                AuditLog.recent(c, ScenarioSwitches.AUDIT_ACTION, 1).get(0).detail());
        ScenarioSwitches.set(c, CART, true, "admin", clock);
        assertEquals(2, runAt(Duration.ofHours(4)).decided(), "C2's cart, once on again");
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        site.add("C1", "P1", 1, T0);
        Evaluation e = Automations.dryRun(c, clock.at(T0.plus(Duration.ofMinutes(60))), settings);
        assertEquals(2, e.of(CART).decided());
        assertEquals("C1", e.of(CART).decisions().get(0).customerId());
        assertEquals("name of P1 ×1", e.of(CART).decisions().get(0).summary());
        assertEquals(List.of(), Triggers.of(c, CART));
    }

    @Test
    void aCartTooOldToCatchUpIsLeftAlone() throws Exception {
        site.add("C1", "P1", 1, T0);
        assertEquals(0, runAt(Duration.ofHours(25).plusSeconds(1)).decided());
        assertEquals(List.of(), Triggers.of(c, CART));
        try (Connection other = ShopDatabase.inMemory()) {
            assertEquals(0, Automations.run(other, clock, settings).of(CART).decided());
        }
    }
}
