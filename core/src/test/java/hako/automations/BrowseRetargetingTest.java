package hako.automations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hako.settings.HakoSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrowseRetargetingTest extends OnASmallShop {

    static final Scenario BROWSE = Scenario.BROWSE_RETARGETING;

    private Outcome runAt(Instant at) throws Exception {
        return Automations.run(c, clock.at(at), HakoSettings.DEFAULTS).of(BROWSE);
    }

    @Test
    void twoViews24HoursApartMakeInterest24HoursAndASecondDoNot() throws Exception {
        Instant second = T0.plus(Duration.ofHours(24));
        site.view("C1", "P1", T0);
        String completing = site.view("C1", "P1", second);
        site.view("C2", "P1", T0);
        site.view("C2", "P1", second.plusSeconds(1));
        assertEquals(0, runAt(second.plus(Duration.ofHours(2)).minusSeconds(1)).decided(), "not due yet");
        assertEquals(1, runAt(second.plus(Duration.ofHours(2)).plusSeconds(1)).decided());
        assertEquals(List.of("C1 " + completing + " 1 2026-03-03T03:00:00Z"), Triggers.of(c, BROWSE));
        assertEquals("[{\"product_code\":\"P1\",\"product_name\":\"name of P1\",\"price\":1200.00,\"quantity\":null,"
                + "\"url\":\"https://shop.example/p/P1\"}]", Triggers.items(c, BROWSE, "C1", 1));
        assertEquals(0, runAt(second.plus(Duration.ofHours(2)).plusSeconds(1)).decided(), "idempotent");
    }

    @Test
    void anAddToCartOrAPurchaseOfTheProductBeforeTheMessageIsDueMeansNone() throws Exception {
        for (String customer : List.of("C1", "C2", "C3", "C4")) {
            site.view(customer, "P1", T0);
            site.view(customer, "P1", T0.plus(Duration.ofHours(1)));
        }
        site.add("C1", "P1", 1, T0.plus(Duration.ofHours(2)));
        site.event("purchase", "v-C2", "C2", "P1", 1, T0.plus(Duration.ofHours(2)));
        shop.order("O3", "C3", "2026-03-02 12:30", "P1:1200"); // 03:30 UTC
        site.add("C4", "P2", 1, T0.plus(Duration.ofHours(2))); // another product: no matter
        runAt(T0.plus(Duration.ofHours(4)));
        List<String> rows = Triggers.of(c, BROWSE);
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("C4 "));
    }

    @Test
    void atMostOneMessagePerCustomerPerThreeDays() throws Exception {
        site.view("C1", "P1", T0);
        site.view("C1", "P1", T0.plusSeconds(60));
        site.view("C1", "P2", T0.plusSeconds(120));
        site.view("C1", "P2", T0.plusSeconds(180));
        Instant firstDue = T0.plusSeconds(60).plus(Duration.ofHours(2));
        assertEquals(1, runAt(firstDue.plus(Duration.ofMinutes(5))).decided(), "P2 falls under the cap");
        // P3 completes 3 days minus a second after the first message's due time, P4 exactly 3 days after
        Instant p3 = firstDue.plus(Duration.ofDays(3)).minus(Duration.ofHours(2)).minusSeconds(1);
        site.view("C1", "P3", p3.minusSeconds(10));
        site.view("C1", "P3", p3);
        assertEquals(0, runAt(p3.plus(Duration.ofHours(2)).plusSeconds(5)).decided());
        Instant p4 = p3.plusSeconds(1);
        site.view("C1", "P4", p4.minusSeconds(10));
        site.view("C1", "P4", p4);
        assertEquals(1, runAt(p4.plus(Duration.ofHours(2)).plusSeconds(5)).decided());
        List<String> rows = Triggers.of(c, BROWSE);
        assertEquals(2, rows.size());
        assertTrue(rows.get(1).endsWith(" 1 2026-03-05T03:01:00Z"), rows.get(1));
    }

    @Test
    void mergedVisitorsViewCountAndUnmergedOnesAreOnlyCounted() throws Exception {
        site.event("product_view", "anon-1", null, "P1", 0, T0);
        site.event("product_view", "anon-1", null, "P1", 0, T0.plusSeconds(60));
        site.event("product_view", "anon-2", null, "P1", 0, T0);
        site.event("product_view", "anon-2", null, "P1", 0, T0.plusSeconds(60));
        site.merge("anon-1", "C9", T0.plusSeconds(600));
        Outcome o = runAt(T0.plus(Duration.ofHours(3)));
        assertEquals(1, o.decided());
        assertEquals(Map.of("anonymous", 1L), o.skipped());
        assertTrue(Triggers.of(c, BROWSE).get(0).startsWith("C9 "));
    }

    @Test
    void threeViewsWhenTheSettingSaysThree() throws Exception {
        HakoSettings three = HakoSettings.DEFAULTS.with(Map.of("automation.browse.views", "3"));
        site.view("C1", "P1", T0);
        site.view("C1", "P1", T0.plusSeconds(60));
        assertEquals(0, Automations.run(c, clock.at(T0.plus(Duration.ofHours(3))), three).of(BROWSE).decided());
        site.view("C1", "P1", T0.plus(Duration.ofHours(3)));
        assertEquals(1, Automations.run(c, clock.at(T0.plus(Duration.ofHours(5))), three).of(BROWSE).decided());
    }
}
