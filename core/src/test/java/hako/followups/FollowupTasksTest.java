package hako.followups;

import static hako.followups.Channel.DM;
import static hako.followups.Channel.EMAIL;
import static hako.followups.Channel.LINE;
import static hako.followups.Channel.PACKAGE_INSERT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hako.customers.MetricRules;
import hako.customers.MetricSnapshot;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duckdb.DuckDBConnection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Task generation on a shop small enough to work out every due date by hand (2024 is a leap year). */
class FollowupTasksTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);
    private static final LocalDate FEB_1 = LocalDate.of(2024, 2, 1);
    private static final LocalDate FEB_29 = LocalDate.of(2024, 2, 29);
    private static final String TASKS = "SELECT task_id, plan_id, step_no, customer_id, channel, anchor_date, due_date,"
            + " product_code, dropped_reason FROM followup_tasks ORDER BY task_id";

    private FollowupShop shop;

    @BeforeEach
    void shop() throws Exception {
        shop = new FollowupShop();
        PlanStore.saveAll(shop.db(), List.of(
                new Plan("multi", "multi-buyers", Target.parse("behaviour=multi_buyer"), true, List.of(
                        new Step(1, Trigger.recency(30), EMAIL, "R30"), new Step(2, Trigger.recency(45), DM, "R45"),
                        new Step(3, Trigger.recency(55), LINE, "R55"))),
                new Plan("first", "one-time buyers", Target.parse("behaviour=one_time"), true, List.of(
                        new Step(1, Trigger.sinceFirst(3), EMAIL, "d3"), new Step(2, Trigger.sinceFirst(14), LINE, "d14"),
                        new Step(3, Trigger.sinceFirst(30), DM, "d30"))),
                new Plan("refill", "replenishment", Target.parse("behaviour=usage_cycle"), true, List.of(
                        new Step(1, Trigger.runOut(-10), DM, "-10"), new Step(2, Trigger.runOut(-5), EMAIL, "-5"),
                        new Step(3, Trigger.runOut(0), LINE, "0")))), "test");
        shop.product("P", 30).product("Q", null);
        for (String id : List.of("A", "B", "C", "D")) {
            shop.customer(id);
        }
        shop.buys("A", 5000, "2023-12-20", "2024-01-30")   // multi-buyer, last purchase Jan 30
                .buys("B", 3000, "2024-01-29")             // one-time buyer
                .buys("C", 3000, "2024-01-31")             // one-time buyer, day 30 = Mar 1
                .buys("D", "2024-01-10", "P", 2);          // one-time buyer of 2 × a 30-day product: runs out Mar 10
    }

    @AfterEach
    void close() throws Exception {
        shop.close();
    }

    private Generation generate(LocalDate from, LocalDate to) throws Exception {
        return FollowupTasks.generate(shop.db(), from, to, AS_OF, MetricRules.DEFAULTS);
    }

    @Test
    void aMonthsTasksFallOnDatesCountedOverTheLeapDayWithIdsInDueDateOrder() throws Exception {
        Generation g = generate(FEB_1, FEB_29);
        assertEquals(List.of(
                "1|first|1|B|email|2024-01-29|2024-02-01|null|null",
                "2|first|1|C|email|2024-01-31|2024-02-03|null|null",
                "3|first|3|D|dm|2024-01-10|2024-02-09|null|null",
                "4|first|2|B|line|2024-01-29|2024-02-12|null|null",
                "5|first|2|C|line|2024-01-31|2024-02-14|null|null",
                "6|first|3|B|dm|2024-01-29|2024-02-28|null|null",
                "7|multi|1|A|email|2024-01-30|2024-02-29|null|null",
                "8|refill|1|D|dm|2024-03-10|2024-02-29|P|null"), shop.rows(TASKS));
        assertEquals(8, g.tasks());
        assertEquals(8, g.added());
        assertEquals(8, g.open());
        assertFalse(g.plansInstalled());
        assertTrue(MetricSnapshot.isStored(shop.db(), AS_OF, MetricRules.DEFAULTS));
    }

    @Test
    void generatingAgainOrOverAnOverlappingRangeAddsOnlyWhatIsNew() throws Exception {
        generate(FEB_1, FEB_29);
        Generation again = generate(FEB_1, FEB_29);
        assertEquals(8, again.tasks());
        assertEquals(0, again.added());
        Generation overlap = generate(LocalDate.of(2024, 2, 15), LocalDate.of(2024, 3, 15));
        assertEquals(4, overlap.added());
        assertEquals(7, overlap.tasks());
        assertEquals(List.of(
                "9|first|3|C|dm|2024-01-31|2024-03-01|null|null",
                "10|refill|2|D|email|2024-03-10|2024-03-05|P|null",
                "11|refill|3|D|line|2024-03-10|2024-03-10|P|null",
                "12|multi|2|A|dm|2024-01-30|2024-03-15|null|null"), shop.rows(TASKS).subList(8, 12));
        assertEquals(List.of("12|12"), shop.rows("SELECT count(*), count(DISTINCT (plan_id, step_no, customer_id,"
                + " anchor_date, product_code)) FROM followup_tasks"));
    }

    @Test
    void aRangeOverTheYearEndTakesBothYearsDueDates() throws Exception {
        shop.customer("E").buys("E", 4000, "2024-11-20", "2024-12-01");
        FollowupTasks.generate(shop.db(), LocalDate.of(2024, 12, 20), LocalDate.of(2025, 1, 20),
                LocalDate.of(2024, 12, 1), MetricRules.DEFAULTS);
        assertEquals(List.of("multi|1|E|2024-12-31", "multi|2|E|2025-01-15"), shop.rows("SELECT plan_id, step_no,"
                + " customer_id, due_date FROM followup_tasks WHERE customer_id = 'E' ORDER BY due_date"));
    }

    @Test
    void customersWithoutConsentOrAddressForTheChannelDropOutWithTheReason() throws Exception {
        shop.run("UPDATE customers SET consent_email = false WHERE customer_id = 'B'")
                .run("UPDATE customers SET email = ' ', consent_email = NULL WHERE customer_id = 'C'")
                .run("UPDATE customers SET consent_line = NULL WHERE customer_id = 'C'")
                .run("DELETE FROM customers WHERE customer_id = 'D'");
        Generation g = generate(FEB_1, FEB_29);
        assertEquals(List.of(
                "1|B|email|no_consent", "2|C|email|no_contact", "3|D|dm|no_contact", "4|B|line|null",
                "5|C|line|null", "6|B|dm|null", "7|A|email|null", "8|D|dm|no_contact"),
                shop.rows("SELECT task_id, customer_id, channel, dropped_reason FROM followup_tasks ORDER BY task_id"));
        assertEquals(1, g.dropped(DropReason.NO_CONSENT));
        assertEquals(3, g.dropped(DropReason.NO_CONTACT));
        assertEquals(4, g.open());
    }

    @Test
    void aPackageInsertNeedsNeitherConsentNorAddress() throws Exception {
        PlanStore.save(shop.db(), new Plan("insert", "insert", Target.ALL, true, List.of(
                new Step(1, Trigger.recency(20), PACKAGE_INSERT, "flyer"))), "test");
        shop.run("DELETE FROM customers");
        generate(LocalDate.of(2024, 2, 19), LocalDate.of(2024, 2, 19));
        assertEquals(List.of("insert|A|null"), shop.rows("SELECT plan_id, customer_id, dropped_reason FROM followup_tasks"));
    }

    @Test
    void openTasksOfCustomersWhoBoughtSinceAreDroppedOnTheNextGenerationTickedOnesStay() throws Exception {
        generate(FEB_1, FEB_29);
        Ticks.apply(shop.db(), "sato", List.of(new Tick(1, Outcome.DONE, null, null, FEB_1)));
        shop.buys("B", 3000, "2024-02-05").buys("D", "2024-02-20", "P", 1);
        Generation next = generate(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
        assertEquals(Map.of(DropReason.PURCHASED_SINCE, 4L), next.earlierDropped());
        assertEquals(List.of("1|B|null|done", "3|D|purchased_since|null", "4|B|purchased_since|null",
                "6|B|purchased_since|null", "8|D|purchased_since|null"), shop.rows("SELECT task_id, customer_id,"
                + " dropped_reason, outcome FROM followup_tasks WHERE customer_id IN ('B', 'D') AND due_date < '2024-03-01'"
                + " ORDER BY task_id"));
    }

    @Test
    void aPurchaseAfterTheAsOfDateDropsTheNewTaskAtOnce() throws Exception {
        shop.buys("A", 5000, "2024-02-10");
        Generation g = generate(FEB_1, FEB_29);
        assertEquals(List.of("multi|A|purchased_since"), shop.rows("SELECT plan_id, customer_id, dropped_reason"
                + " FROM followup_tasks WHERE customer_id = 'A'"));
        assertEquals(1, g.dropped(DropReason.PURCHASED_SINCE));
    }

    @Test
    void aShopWithoutPlansGetsTheDefaultsEachMeetingThreeThreeTwo() throws Exception {
        for (Plan p : PlanStore.list(shop.db())) {
            PlanStore.delete(shop.db(), p.id());
        }
        Generation g = generate(FEB_1, FEB_29);
        assertTrue(g.plansInstalled());
        assertEquals(List.of("multi_buyer", "one_time", "replenishment", "top1_care"),
                PlanStore.list(shop.db()).stream().map(Plan::id).toList());
        for (Plan p : PlanStore.list(shop.db())) {
            assertTrue(ThreeThreeTwoRule.checkPlan(p).meets(), p.id());
        }
        // A has the highest spend of four customers: the TOP 1 % (ceil(4 × 1 %) = 1), cared for individually
        // and left out of the multi-buyer plan; of R 7 / 21 / 30 / 45 from Jan 30, February holds R 7, 21 and 30.
        assertEquals(List.of("top1_care|1|A|2024-02-06", "top1_care|2|A|2024-02-20", "top1_care|3|A|2024-02-29"), shop.rows("SELECT plan_id,"
                + " step_no, customer_id, due_date FROM followup_tasks WHERE customer_id = 'A' ORDER BY due_date"));
    }

    @Test
    void aTargetOnABoardSegmentReadsTheSegmentAsItIsNow() throws Exception {
        PlanStore.save(shop.db(), new Plan("board", "board segment", Target.parse("segment=acquisition"), true, List.of(
                new Step(1, Trigger.sinceFirst(1), PACKAGE_INSERT, "flyer"))), "test");
        LocalDate jan = LocalDate.of(2024, 1, 1);
        // the acquisition stage: F = 1 and R ≤ 30 on Jan 31, that is B, C and D (first purchases Jan 29, 31, 10)
        generate(jan, FEB_29);
        assertEquals(List.of("B|2024-01-30", "C|2024-02-01", "D|2024-01-11"), shop.rows("SELECT customer_id, due_date"
                + " FROM followup_tasks WHERE plan_id = 'board' ORDER BY customer_id"));
        hako.board.BoardSegments.save(shop.db(), hako.customers.Stage.ACQUISITION, new hako.segments.Segment(
                hako.customers.Stage.ACQUISITION, null, null, null, null, 0L, 5L), "test");
        shop.run("DELETE FROM followup_tasks");
        generate(jan, FEB_29);
        assertEquals(List.of("B|2024-01-30", "C|2024-02-01"), shop.rows("SELECT customer_id, due_date"
                + " FROM followup_tasks WHERE plan_id = 'board' ORDER BY customer_id"));
    }

    @Test
    void aTargetOnTheChurnRiskReadsTheScoresOfTheAsOfDateAndStopsWithoutThem() throws Exception {
        PlanStore.save(shop.db(), new Plan("risk", "churn risk", Target.parse("churn_risk=high,medium;behaviour=one_time"),
                true, List.of(new Step(1, Trigger.sinceFirst(1), PACKAGE_INSERT, "flyer"))), "test");
        LocalDate jan = LocalDate.of(2024, 1, 1);
        ScoresMissing missing = assertThrows(ScoresMissing.class, () -> generate(jan, FEB_29));
        assertTrue(missing.getMessage().contains("no scores are stored for 2024-01-31"), missing.getMessage());
        // scores as a fit would store them: A and D at high risk, B medium, C low; CLV 100, 50, 20, 10
        for (String row : List.of("'A', 0.1, 100, 'high'", "'B', 0.5, 50, 'medium'", "'C', 0.9, 20, 'low'",
                "'D', 0.2, 10, 'high'")) {
            String[] v = row.split(", ");
            shop.run("INSERT INTO clv_scores VALUES (DATE '2024-01-31', " + v[0] + ", " + v[1] + ", 0, 0, 0,"
                    + " DATE '2024-03-01', 10, " + v[2] + ", " + v[3] + ")");
        }
        generate(jan, FEB_29);
        // one-time buyers B, C, D; of them at high or medium risk B and D
        assertEquals(List.of("B", "D"), shop.rows("SELECT customer_id FROM followup_tasks WHERE plan_id = 'risk'"
                + " ORDER BY customer_id"));
        PlanStore.save(shop.db(), new Plan("board", "board segment", Target.parse("segment=acquisition"), true,
                List.of(new Step(1, Trigger.sinceFirst(1), PACKAGE_INSERT, "flyer"))), "test");
        hako.board.BoardSegments.save(shop.db(), hako.customers.Stage.ACQUISITION, new hako.segments.Segment(
                hako.customers.Stage.ACQUISITION, null, null, null, null, null, null,
                new hako.segments.ClvCondition(null, 15L, null, 20L, null)),
                "test");
        shop.run("DELETE FROM followup_tasks");
        generate(jan, FEB_29);
        // the acquisition stage (B, C, D) narrowed by the board's CLV conditions P(alive) ≥ 15 % and CLV ≥ 20: B and C
        assertEquals(List.of("B", "C"), shop.rows("SELECT customer_id FROM followup_tasks WHERE plan_id = 'board'"
                + " ORDER BY customer_id"));
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> generate(FEB_29, FEB_1));
    }

    @Test
    void twoGenerationsAtOnceNumberTheirTasksApart() throws Exception {
        Connection second = shop.db().unwrap(DuckDBConnection.class).duplicate();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<Generation> february = pool.submit(() -> {
                start.await();
                return FollowupTasks.generate(shop.db(), FEB_1, FEB_29, AS_OF, MetricRules.DEFAULTS);
            });
            Future<Generation> march = pool.submit(() -> {
                start.await();
                return FollowupTasks.generate(second, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), AS_OF,
                        MetricRules.DEFAULTS);
            });
            start.countDown();
            long added = february.get().added() + march.get().added();
            assertEquals(List.of(added + "|" + added), shop.rows(
                    "SELECT count(*), count(DISTINCT task_id) FROM followup_tasks"));
            assertEquals(8, february.get().added());
        } finally {
            pool.shutdownNow();
            second.close();
        }
    }
}
