package hako.automations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hako.store.ShopDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * An evaluation rebuilds only the carts that changed or became due since the previous one (its watermark in
 * automation_runs); events that arrive late, whatever their time, are still looked at, and a decision is
 * stored once even when evaluations are started concurrently.
 */
class IncrementalEvaluationTest extends OnACartShop {

    @Test
    void anAddToCartReceivedLateWithAnOlderTimeStillEnters() throws Exception {
        assertEquals(0, runAt(Duration.ofHours(2)).decided(), "nothing yet");
        // happened at 10:00, reached Hako only at 13:00 (a phone offline): its cart was due at 11:00, before
        // the previous evaluation, and is still within the catch-up window
        String key = site.event("add_to_cart", "v-C1", "C1", "P1", 1, T0, T0.plus(Duration.ofHours(3)));
        assertEquals(2, runAt(Duration.ofHours(3)).decided());
        assertEquals(List.of("C1 " + key + " 1 2026-03-02T02:00:00Z", "C1 " + key + " 2 2026-03-03T02:00:00Z"),
                Triggers.of(c, CART));
    }

    @Test
    void anEventStampedJustBeforeTheLastEvaluationButStoredAfterItIsNotLost() throws Exception {
        runAt(Duration.ofHours(2));
        // stamped received 9 minutes before that evaluation (within Automations.LATE_MARGIN) and committed
        // after it: the next evaluation reads it again
        Instant received = T0.plus(Duration.ofHours(2)).minus(Automations.LATE_MARGIN).plusSeconds(60);
        site.event("add_to_cart", "v-C1", "C1", "P1", 1, T0, received);
        assertEquals(2, runAt(Duration.ofHours(2).plusMinutes(1)).decided());
    }

    @Test
    void aPurchaseReceivedLateCancelsThePendingStepTwo() throws Exception {
        site.add("C1", "P1", 1, T0);
        assertEquals(2, runAt(Duration.ofMinutes(60)).decided());
        runAt(Duration.ofHours(3));
        // bought at 11:30, between the steps, received at 15:00
        site.event("purchase", "v-C1", "C1", null, 0, T0.plus(Duration.ofMinutes(90)), T0.plus(Duration.ofHours(5)));
        Outcome o = runAt(Duration.ofHours(5));
        assertEquals(Map.of("purchased", 1L), o.cancelled());
        assertTrue(Triggers.of(c, CART).get(1).endsWith(" 2 2026-03-03T02:00:00Z purchased"));
    }

    @Test
    void aRemoveReceivedAfterStepOneEmptiesTheCartAtTheNextEvaluation() throws Exception {
        site.add("C1", "P1", 1, T0);
        site.add("C2", "P1", 1, T0);
        runAt(Duration.ofMinutes(60));
        runAt(Duration.ofHours(6));
        site.remove("C1", "P1", 1, T0.plus(Duration.ofHours(7)));
        Outcome o = runAt(Duration.ofHours(8));
        assertEquals(Map.of("cart_emptied", 1L), o.cancelled(), "C1's step 2; C2's cart is unchanged");
    }

    @Test
    void aVisitorMergedAfterTheCartWasDueBringsItInWithinTheCatchUp() throws Exception {
        site.event("add_to_cart", "anon-1", null, "P1", 1, T0);
        Outcome before = runAt(Duration.ofHours(2));
        assertEquals(Map.of("anonymous", 1L), before.skipped());
        site.merge("anon-1", "C7", T0.plus(Duration.ofHours(3)));
        assertEquals(2, runAt(Duration.ofHours(3)).decided(), "the merged visitor's cart, due at 11:00");
    }

    @Test
    void aCartDueWhileTheScenarioWasOffEntersOnceItIsOnAgain() throws Exception {
        ScenarioSwitches.set(c, CART, false, "admin", clock.at(T0));
        site.add("C1", "P1", 1, T0);
        runAt(Duration.ofHours(2));
        runAt(Duration.ofHours(5));
        ScenarioSwitches.set(c, CART, true, "admin", clock.at(T0.plus(Duration.ofHours(5))));
        assertEquals(2, runAt(Duration.ofHours(5).plusMinutes(1)).decided(),
                "evaluations with the scenario off are no watermark for it");
    }

    @Test
    void eachEvaluationThatWritesLeavesItsWatermarkADryRunNone() throws Exception {
        site.add("C1", "P1", 1, T0);
        Automations.dryRun(c, clock.at(T0.plus(Duration.ofMinutes(60))), settings);
        assertEquals(0, count("SELECT count(*) FROM automation_runs"));
        runAt(Duration.ofMinutes(60));
        runAt(Duration.ofMinutes(61));
        assertEquals(List.of("2026-03-02T02:00 2", "2026-03-02T02:01 0"),
                rows("SELECT strftime(evaluated_at, '%Y-%m-%dT%H:%M') || ' ' || decided FROM automation_runs"
                        + " ORDER BY evaluated_at"));
    }

    @Test
    void concurrentEvaluationsStoreEachDecisionOnce() throws Exception {
        for (int i = 1; i <= 40; i++) {
            site.add("C" + i, "P" + (i % 3), 1, T0.plusSeconds(i));
        }
        Clock at = Clock.fixed(T0.plus(Duration.ofHours(2)), ZoneOffset.UTC);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Connection> connections = new ArrayList<>();
        try {
            List<Callable<Long>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Connection other = ShopDatabase.another(c);
                connections.add(other);
                runs.add(() -> Automations.run(other, at, settings).of(CART).decided());
            }
            long decided = 0;
            for (Future<Long> f : pool.invokeAll(runs)) {
                decided += f.get();
            }
            assertEquals(80, decided, "40 carts, two steps each, decided by one of the four");
        } finally {
            pool.shutdown();
            for (Connection other : connections) {
                other.close();
            }
        }
        assertEquals(80, count("SELECT count(*) FROM automation_triggers"));
        assertEquals(80, count("SELECT count(DISTINCT (customer_id, scenario, trigger_key, step))"
                + " FROM automation_triggers"));
        assertEquals(80, count("SELECT count(DISTINCT trigger_id) FROM automation_triggers"));
    }

    private long count(String sql) throws Exception {
        return Long.parseLong(rows(sql).get(0));
    }

    private List<String> rows(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
