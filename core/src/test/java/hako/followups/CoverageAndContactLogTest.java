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
}
