package hako.automations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hako.settings.HakoSettings;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lift over customers, by hand. Eight customers bought anything (N = 8):
 * C1 A B, C2 A B, C3 A C, C4 B C, C5 A E, C6 E F, C7 D, X A (the order 14 days before T0).
 * n(A) = 5, n(B) = 3, n(C) = 2, n(E) = 2. With X's A:
 * lift(A,B) = 2·8 / (5·3) = 1.067 (2 customers bought both); lift(A,C) = 1·8 / (5·2) = 0.8 (1);
 * lift(A,E) = 1·8 / (5·2) = 0.8 (1) — a tie with C, broken by the product code. D and F were never
 * bought with A.
 */
class RecommendationTest extends OnASmallShop {

    static final Scenario REC = Scenario.RECOMMENDATION;

    @BeforeEach
    void fixture() throws Exception {
        for (String p : List.of("A", "B", "C", "D", "E", "F")) {
            shop.product(p, "Product " + p, "cat");
        }
        shop.order("O1", "C1", "2026-01-05 10:00", "A:1000", "B:1000")
                .order("O2", "C2", "2026-01-06 10:00", "A:1000")
                .order("O2b", "C2", "2026-01-07 10:00", "B:1000")
                .order("O3", "C3", "2026-01-08 10:00", "A:1000", "C:1000")
                .order("O4", "C4", "2026-01-09 10:00", "B:1000", "C:1000")
                .order("O5", "C5", "2026-01-10 10:00", "A:1000", "E:1000")
                .order("O6", "C6", "2026-01-11 10:00", "E:1000", "F:1000")
                .order("O7", "C7", "2026-01-12 10:00", "D:1000")
                .order("OX", "X", "2026-02-16 10:00", "A:1000");
    }

    private Outcome run(Instant at, Map<String, String> settings) throws Exception {
        return Automations.run(c, clock.at(at), HakoSettings.DEFAULTS.with(settings)).of(REC);
    }

    private List<String> products(String customer) throws Exception {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT unnest(from_json(items, '[\"JSON\"]'))->>'product_code'"
                + " FROM automation_triggers WHERE scenario = 'recommendation' AND customer_id = ?")) {
            p.setString(1, customer);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    codes.add(r.getString(1));
                }
            }
        }
        return codes;
    }

    @Test
    void fourteenDaysAfterThePurchaseTheThreeBestLiftsTiesByProductCode() throws Exception {
        Map<String, String> anySupport = Map.of("automation.recommend.min_support", "1");
        assertEquals(0, run(T0.minusSeconds(1), anySupport).decided(), "13 days 23:59:59 after");
        assertEquals(1, run(T0, anySupport).decided());
        assertEquals(List.of("B", "C", "E"), products("X"));
        assertEquals(List.of("X OX 1 2026-03-02T01:00:00Z"), Triggers.of(c, REC));
        assertEquals(0, run(T0, anySupport).decided(), "idempotent");
    }

    @Test
    void minimumSupportLeavesRarePairsOutAndTheClusterTopSellersFillUp() throws Exception {
        // everyone's cluster at the latest snapshot; an older snapshot must not count
        snapshot("2026-02-01", "X", "two_three");
        for (String id : List.of("C4", "C5", "C6", "C7", "X")) {
            snapshot("2026-03-01", id, "one_time");
        }
        // in one_time: A 2 buyers (C5, X; X bought it), E 2 (C5, C6), B C D F 1 each
        run(T0, Map.of());
        assertEquals(List.of("B", "E", "C"), products("X"));
    }

    @Test
    void withoutCoPurchasesOrAClusterThereIsNothingToRecommend() throws Exception {
        shop.order("OY", "Y", "2026-02-16 10:00", "D:1000");
        Outcome o = run(T0, Map.of("automation.recommend.min_support", "5"));
        assertEquals(0, o.decided());
        assertEquals(Map.of("no_products", 2L), o.skipped());
    }

    @Test
    void aLaterPurchaseBeforeTheDueDateTakesOver() throws Exception {
        shop.order("OX2", "X", "2026-02-20 10:00", "D:1000");
        assertEquals(0, run(T0, Map.of("automation.recommend.min_support", "1")).decided());
        Outcome later = run(T0.plus(Duration.ofDays(4)), Map.of("automation.recommend.min_support", "1"));
        assertEquals(1, later.decided());
        assertEquals("OX2", later.decisions().get(0).triggerKey());
        assertEquals(List.of("B", "C", "E"), products("X"), "A and D are bought; D has no partner");
    }

    @Test
    void aUsageCycleProductIsDueAtRunOutAndMayBeBoughtAgain() throws Exception {
        shop.product("R", "Refill", "cat");
        c.createStatement().execute("UPDATE products SET cycle_days = 10 WHERE product_code = 'R'");
        shop.order("OS1", "S1", "2026-01-01 10:00", "S:500", "R:500")
                .order("OS2", "S2", "2026-01-01 10:00", "S:500", "R:500")
                .order("OY1", "Y", "2026-01-02 10:00", "S:500")
                // two of R on 2026-02-10: runs out 20 days later, 2026-03-02
                .order("OY2", "Y", "2026-02-10 10:00", "R:1000:2");
        Outcome o = run(T0, Map.of());
        assertEquals(2, o.decided(), "X 14 days after OX, Y at the run-out of OY2");
        assertEquals(List.of("R"), products("Y"), "S is bought and no usage-cycle product; R has run out");
        assertEquals(List.of("B"), products("X"));
        assertEquals(1, Triggers.of(c, REC).stream().filter(r -> r.startsWith("Y OY2 1 2026-03-02T01:00:00Z")).count());
    }

    private void snapshot(String asOf, String customer, String cluster) throws Exception {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO customer_metrics (as_of, customer_id, frequency, monetary, first_purchase,"
                + " last_purchase, tenure_days, recency_days, rank, tier, cluster, stage) VALUES (CAST(? AS DATE), ?, 1, 1000,"
                + " DATE '2026-01-01', DATE '2026-01-01', 0, 0, 1, NULL, ?, 'acquisition')")) {
            p.setString(1, asOf);
            p.setString(2, customer);
            p.setString(3, cluster);
            p.executeUpdate();
        }
    }
}
