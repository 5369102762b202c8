package hako.followups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hako.customers.MetricRules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 150 customers: the TOP 1 % is ceil(150 × 1 %) = 2 customers, the two biggest spenders. */
class IndividualCareTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);

    private FollowupShop shop;

    @BeforeEach
    void shop() throws Exception {
        shop = new FollowupShop();
        DefaultPlans.installIfNone(shop.db());
        shop.customer("BIG").buys("BIG", 90000, "2023-12-01", "2024-01-30").buys("NEXT", 50000, "2024-01-01");
        for (int i = 0; i < 148; i++) {
            shop.buys("S" + i, 1000, "2024-01-15");
        }
    }

    @AfterEach
    void close() throws Exception {
        shop.close();
    }

    @Test
    void theTop1PercentWithRLastContactNextStepAndStaff() throws Exception {
        ContactLog.add(shop.db(), "BIG", LocalDate.of(2024, 1, 20), Channel.EMAIL, Outcome.DONE, null, null, "sato");
        ContactLog.add(shop.db(), "BIG", LocalDate.of(2024, 1, 25), Channel.PHONE, Outcome.NO_ANSWER, null, null, "sato");
        IndividualCare.assign(shop.db(), "BIG", "佐藤", "sato");
        List<CareCustomer> care = IndividualCare.list(shop.db(), AS_OF, MetricRules.DEFAULTS);
        assertEquals(List.of("BIG", "NEXT"), care.stream().map(CareCustomer::customerId).toList());
        CareCustomer big = care.get(0);
        assertEquals(1, big.recencyDays());
        assertEquals(new ContactPoint(LocalDate.of(2024, 1, 25), Channel.PHONE), big.lastContact());
        assertEquals("佐藤", big.staff());
        // no task yet: the care plan's R 7 call, Jan 30 + 7
        assertEquals(new CareCustomer.Next(null, "top1_care", 1, Channel.PHONE, LocalDate.of(2024, 2, 6)), big.next());
        // NEXT: R 30 on Jan 31; R 7 and 21 are past, R 30 falls on the as-of date itself
        assertEquals(new CareCustomer.Next(null, "top1_care", 3, Channel.LINE, AS_OF), care.get(1).next());
        assertNull(care.get(1).lastContact());
        assertNull(care.get(1).staff());
    }

    @Test
    void anOpenTaskComesBeforeThePlanAndAssignmentsCanBeCleared() throws Exception {
        FollowupTasks.generate(shop.db(), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29), AS_OF, MetricRules.DEFAULTS);
        CareCustomer big = IndividualCare.list(shop.db(), AS_OF, MetricRules.DEFAULTS).get(0);
        assertTrue(big.next().taskId() != null);
        assertEquals(LocalDate.of(2024, 2, 6), big.next().due());
        IndividualCare.assign(shop.db(), "BIG", "鈴木", "sato");
        IndividualCare.assign(shop.db(), "BIG", "佐藤", "sato");
        assertEquals(List.of("佐藤"), shop.rows("SELECT staff FROM customer_staff"));
        assertTrue(IndividualCare.clear(shop.db(), "BIG"));
        assertFalse(IndividualCare.clear(shop.db(), "BIG"));
        assertThrows(IllegalArgumentException.class, () -> IndividualCare.assign(shop.db(), "NOBODY", "佐藤", "sato"));
    }
}
