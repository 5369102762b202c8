package hako.followups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hako.customers.MetricRules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CoverageAndContactLogTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);

    private FollowupShop shop;

    @BeforeEach
    void shop() throws Exception {
        shop = new FollowupShop();
        PlanStore.saveAll(shop.db(), List.of(
                new Plan("multi", "multi-buyers", Target.parse("behaviour=multi_buyer"), true, List.of(
                        new Step(1, Trigger.recency(30), Channel.EMAIL, "R30"))),
                new Plan("first", "one-time buyers", Target.parse("behaviour=one_time"), true, List.of(
                        new Step(1, Trigger.sinceFirst(3), Channel.EMAIL, "d3"))),
                new Plan("off", "disabled", Target.ALL, false, List.of(
                        new Step(1, Trigger.sinceFirst(3), Channel.EMAIL, "d3")))), "test");
        shop.customer("A").customer("B").customer("C").customer("D")
                .buys("A", 5000, "2023-06-01", "2024-01-30").buys("B", 3000, "2024-01-29")
                .buys("C", 3000, "2024-01-20").buys("D", 3000, "2023-10-01");
        log("A", -90, Channel.EMAIL).log("A", -10, Channel.DM).log("A", 0, Channel.LINE);
        log("B", -5, Channel.EMAIL).log("B", -4, Channel.EMAIL).log("B", -3, Channel.EMAIL);
        log("C", -91, Channel.PHONE).log("C", -50, Channel.EMAIL).log("C", 0, Channel.DM).log("C", 1, Channel.LINE);
    }

    @AfterEach
    void close() throws Exception {
        shop.close();
    }

    private CoverageAndContactLogTest log(String customer, int day, Channel channel) throws Exception {
        ContactLog.add(shop.db(), customer, AS_OF.plusDays(day), channel, Outcome.DONE, "佐藤", null, "sato");
        return this;
    }

    @Test
    void aContactLogIsNewestFirstWithItsThreeThreeTwoStatus() throws Exception {
        ContactLog a = ContactLog.of(shop.db(), "A", AS_OF);
        assertEquals(List.of(Channel.LINE, Channel.DM, Channel.EMAIL), a.contacts().stream().map(Contact::channel).toList());
        assertEquals(new ThreeThreeTwo(true, 3, 3, AS_OF.minusDays(90), AS_OF), a.status());
        assertEquals("sato", a.contacts().get(0).recordedBy());
        // C's contact 91 days before and the one the day after fall outside the 90 days up to the as-of date
        assertEquals(new ThreeThreeTwo(false, 2, 2, AS_OF.minusDays(50), AS_OF), ContactLog.of(shop.db(), "C", AS_OF).status());
        assertEquals(4, ContactLog.of(shop.db(), "C", AS_OF).contacts().size());
    }

    @Test
    void aContactForAnUnknownCustomerIsRefused() {
        assertEquals("no customer \"Z\" in the customers or orders", assertThrows(IllegalArgumentException.class,
                () -> ContactLog.add(shop.db(), "Z", AS_OF, Channel.DM, Outcome.DONE, null, null, "sato")).getMessage());
    }

    @Test
    void coverageCountsTargetedCustomersMeetingTheRuleOverallAndPerEnabledPlan() throws Exception {
        Coverage coverage = Coverage.at(shop.db(), AS_OF, MetricRules.DEFAULTS);
        // multi: A (meets); first: B (one channel), C (two contacts in the window). D is F = 1 too.
        assertEquals(List.of(new Coverage.PlanShare("first", "one-time buyers", new Coverage.Share(3, 0)),
                new Coverage.PlanShare("multi", "multi-buyers", new Coverage.Share(1, 1))), coverage.plans());
        assertEquals(new Coverage.Share(4, 1), coverage.overall());
        long byLogs = 0;
        for (String id : List.of("A", "B", "C", "D")) {
            byLogs += ContactLog.of(shop.db(), id, AS_OF).status().meets() ? 1 : 0;
        }
        assertEquals(byLogs, coverage.overall().meeting());
        assertEquals(25.0, coverage.overall().percent());
    }

    @Test
    void contactsAfterTheAsOfDateCountWhenTheWindowEndsLater() throws Exception {
        // a window ending a day later: C's LINE contact the day after the as-of date is its third (email
        // −50, DM 0, LINE +1), while A's email of day −90 falls out, leaving A two
        Coverage later = Coverage.at(shop.db(), AS_OF, AS_OF.plusDays(1), MetricRules.DEFAULTS);
        assertEquals(AS_OF, later.asOf());
        assertEquals(AS_OF.plusDays(1), later.contactsTo());
        assertEquals(List.of(new Coverage.PlanShare("first", "one-time buyers", new Coverage.Share(3, 1)),
                new Coverage.PlanShare("multi", "multi-buyers", new Coverage.Share(1, 0))), later.plans());
        assertEquals(new Coverage.Share(4, 1), later.overall());
        assertEquals(true, ContactLog.of(shop.db(), "C", AS_OF.plusDays(1)).status().meets());
        assertEquals(false, ContactLog.of(shop.db(), "A", AS_OF.plusDays(1)).status().meets());
        assertThrows(IllegalArgumentException.class,
                () -> Coverage.at(shop.db(), AS_OF, AS_OF.minusDays(1), MetricRules.DEFAULTS));
    }

    @Test
    void theContactDayIsTodayOnlyForTheLatestCustomerTable() {
        LocalDate latest = LocalDate.of(2026, 10, 31);
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertEquals(today, Coverage.contactDay(latest, latest, today));
        assertEquals(LocalDate.of(2026, 9, 30), Coverage.contactDay(LocalDate.of(2026, 9, 30), latest, today));
        assertEquals(latest, Coverage.contactDay(latest, latest, latest));
        // data dated after the machine's today (a clock behind): never a window ending before the as-of date
        assertEquals(latest, Coverage.contactDay(latest, latest, LocalDate.of(2026, 10, 1)));
    }
}
