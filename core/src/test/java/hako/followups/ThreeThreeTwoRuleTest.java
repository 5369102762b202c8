package hako.followups;

import static hako.followups.Channel.DM;
import static hako.followups.Channel.EMAIL;
import static hako.followups.Channel.LINE;
import static hako.followups.Channel.PHONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreeThreeTwoRuleTest {

    private static final LocalDate D = LocalDate.of(2024, 1, 1);

    private static ContactPoint at(int day, Channel channel) {
        return new ContactPoint(D.plusDays(day), channel);
    }

    @Test
    void threeContactsExactlyNinetyDaysApartAtTheEndsMeetTheRule() {
        ThreeThreeTwo v = ThreeThreeTwoRule.check(List.of(at(0, EMAIL), at(45, DM), at(90, EMAIL)));
        assertEquals(new ThreeThreeTwo(true, 3, 2, D, D.plusDays(90)), v);
    }

    @Test
    void ninetyOneDaysApartAreTwoWindows() {
        ThreeThreeTwo v = ThreeThreeTwoRule.check(List.of(at(0, EMAIL), at(45, DM), at(91, EMAIL)));
        assertFalse(v.meets());
        assertEquals(2, v.contacts());
        assertEquals(D, v.from());
        assertEquals(D.plusDays(45), v.to());
    }

    @Test
    void theSameChannelThreeTimesIsNotEnough() {
        ThreeThreeTwo v = ThreeThreeTwoRule.check(List.of(at(0, PHONE), at(10, PHONE), at(20, PHONE)));
        assertEquals(new ThreeThreeTwo(false, 3, 1, D, D.plusDays(20)), v);
    }

    @Test
    void twoChannelsOnOneDayCountAsTwoContacts() {
        ThreeThreeTwo v = ThreeThreeTwoRule.check(List.of(at(5, EMAIL), at(5, LINE), at(60, EMAIL)));
        assertEquals(new ThreeThreeTwo(true, 3, 2, D.plusDays(5), D.plusDays(60)), v);
    }

    @Test
    void inputInAnyOrderGivesTheSameVerdict() {
        List<ContactPoint> sorted = List.of(at(0, EMAIL), at(100, LINE), at(150, DM), at(170, EMAIL), at(300, PHONE));
        List<ContactPoint> shuffled = List.of(sorted.get(3), sorted.get(0), sorted.get(4), sorted.get(2), sorted.get(1));
        ThreeThreeTwo v = ThreeThreeTwoRule.check(shuffled);
        assertEquals(ThreeThreeTwoRule.check(sorted), v);
        assertEquals(new ThreeThreeTwo(true, 3, 3, D.plusDays(100), D.plusDays(170)), v);
    }

    @Test
    void noContactsMissTheRuleWithNoWindow() {
        ThreeThreeTwo v = ThreeThreeTwoRule.check(List.of());
        assertFalse(v.meets());
        assertEquals(0, v.contacts());
        assertNull(v.from());
    }

    @Test
    void theBestWindowPrefersOneThatMeetsOverOneWithMoreContacts() {
        // days 0–20: four emails (one channel); days 200–250: three contacts on two channels
        ThreeThreeTwo v = ThreeThreeTwoRule.check(List.of(at(0, EMAIL), at(5, EMAIL), at(10, EMAIL), at(20, EMAIL),
                at(200, EMAIL), at(210, DM), at(250, DM)));
        assertEquals(new ThreeThreeTwo(true, 3, 2, D.plusDays(200), D.plusDays(250)), v);
    }

    @Test
    void aLogIsCheckedOverTheNinetyDaysUpToTheDayBothEndsIncluded() {
        LocalDate day = D.plusDays(100);
        List<ContactPoint> log = List.of(at(9, EMAIL), at(10, DM), at(50, EMAIL), at(100, EMAIL), at(130, LINE));
        assertEquals(new ThreeThreeTwo(true, 3, 2, D.plusDays(10), day), ThreeThreeTwoRule.checkLog(log, day));
        assertFalse(ThreeThreeTwoRule.checkLog(log, day.plusDays(1)).meets());
    }

    @Test
    void aPlanIsCheckedOnItsStepsDays() {
        Plan multi = new Plan("m", "multi", Target.ALL, true, List.of(
                new Step(1, Trigger.recency(30), EMAIL, "a"), new Step(2, Trigger.recency(45), DM, "b"),
                new Step(3, Trigger.recency(55), LINE, "c")));
        ThreeThreeTwoRule.PlanCheck check = ThreeThreeTwoRule.checkPlan(multi);
        assertEquals(new ThreeThreeTwoRule.PlanCheck(true, 3, 3, 30, 55, false), check);
        Plan spread = new Plan("s", "spread", Target.ALL, true, List.of(
                new Step(1, Trigger.runOut(-7), EMAIL, "a"), new Step(2, Trigger.recency(30), DM, "b"),
                new Step(3, Trigger.recency(84), DM, "c")));
        assertEquals(new ThreeThreeTwoRule.PlanCheck(false, 2, 2, -7, 30, true), ThreeThreeTwoRule.checkPlan(spread));
        assertTrue(ThreeThreeTwoRule.checkPlan(spread).describe().contains("mixed triggers"));
    }
}
