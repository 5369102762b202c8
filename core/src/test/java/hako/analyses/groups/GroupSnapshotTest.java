package hako.analyses.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hako.analyses.behaviour.Behaviour;
import hako.analyses.behaviour.BehaviourFixture;
import hako.analyses.behaviour.BehaviourRules;
import hako.analyses.behaviour.BehaviourSegments;
import hako.analyses.nps.Loyalty;
import hako.analyses.nps.NpsReport;
import hako.board.BoardSegments;
import hako.customers.MetricRules;
import hako.customers.MetricSnapshot;
import hako.customers.Stage;
import hako.followups.Channel;
import hako.followups.Coverage;
import hako.followups.Plan;
import hako.followups.PlanStore;
import hako.followups.Step;
import hako.followups.Target;
import hako.followups.Trigger;
import hako.segments.MemberQuery;
import hako.segments.Members;
import hako.segments.Segment;
import hako.testing.SmallShop;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour fixture (heavy: H; one-time: O, Q; seasonal: S; bulk: B, O)
 * with NPS answers: H 10 (high), S 9 then 6 (low by the latest), O 8 (mid), and Z 10, who never bought.
 */
class GroupSnapshotTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    static final BehaviourRules RULES = new BehaviourRules(3, 365, 75, 2, 5);

    @TempDir
    Path dir;
    SmallShop shop;

    @BeforeEach
    void shop() throws Exception {
        shop = new SmallShop(dir.resolve("shop.duckdb"));
        BehaviourFixture.sevenCustomers(shop).importRecorded(1);
        try (Statement s = shop.db().createStatement()) {
            s.execute("INSERT INTO nps_responses VALUES ('H', DATE '2024-10-01', 10, NULL, 1),"
                    + " ('S', DATE '2024-01-01', 9, NULL, 1), ('S', DATE '2024-09-01', 6, NULL, 1),"
                    + " ('O', DATE '2024-08-01', 8, NULL, 1), ('Z', DATE '2024-08-01', 10, NULL, 1)");
        }
        MetricSnapshot.take(shop.db(), AS_OF, MetricRules.DEFAULTS);
        GroupSnapshot.ensure(shop.db(), AS_OF, RULES);
    }

    @AfterEach
    void close() throws Exception {
        shop.close();
    }

    List<String> listed(Segment segment) throws Exception {
        return Members.page(shop.db(), new MemberQuery(AS_OF, segment, null, false),
                hako.segments.MemberSort.CUSTOMER_ID, 0, Integer.MAX_VALUE, false).stream()
                .map(hako.segments.Member::customerId).toList();
    }

    @Test
    void everyBehaviourSegmentListsTheAnalysisMembers() throws Exception {
        BehaviourSegments analysis = BehaviourSegments.read(shop.db(), AS_OF, RULES);
        for (Behaviour b : Behaviour.values()) {
            Segment s = Segment.ofGroup(CustomerGroup.of(b));
            assertThat(listed(s)).isEqualTo(BehaviourSegments.members(shop.db(), AS_OF, RULES, b));
            assertThat(Members.count(shop.db(), new MemberQuery(AS_OF, s, null, false)))
                    .isEqualTo(analysis.of(b).customers());
        }
        assertThat(listed(Segment.ofGroup(CustomerGroup.BULK))).containsExactly("B", "O");
    }

    @Test
    void loyaltyGroupsListTheirCustomersWhoBought() throws Exception {
        assertThat(listed(Segment.ofGroup(CustomerGroup.LOYALTY_HIGH))).containsExactly("H");
        assertThat(NpsReport.members(shop.db(), AS_OF, Loyalty.HIGH)).containsExactly("H", "Z");
        assertThat(listed(Segment.ofGroup(CustomerGroup.LOYALTY_LOW))).containsExactly("S");
        assertThat(listed(Segment.ofGroup(CustomerGroup.LOYALTY_MID))).containsExactly("O");
    }

    @Test
    void aGroupNarrowsTheOtherConditionsAndACohortIsAFirstPurchaseMonth() throws Exception {
        assertThat(listed(new Segment(null, null, null, 2L, null, null, null, CustomerGroup.BULK, null)))
                .containsExactly("B");
        assertThat(listed(Segment.ofCohort(YearMonth.of(2024, 1)))).containsExactly("J");
        assertThat(listed(Segment.ofCohort(YearMonth.of(2024, 11)))).containsExactly("T");
        assertThat(listed(Segment.ofCohort(YearMonth.of(2023, 12)))).containsExactly("H");
        assertThat(listed(Segment.ofCohort(YearMonth.of(2024, 2)))).isEmpty();
    }

    @Test
    void theGroupsAreTakenAgainAfterAnImportOrUnderOtherRules() throws Exception {
        assertThat(GroupSnapshot.isStored(shop.db(), AS_OF, RULES)).isTrue();
        assertThat(GroupSnapshot.isStored(shop.db(), AS_OF, BehaviourRules.DEFAULTS)).isFalse();
        shop.importRecorded(2);
        assertThat(GroupSnapshot.isStored(shop.db(), AS_OF, RULES)).isFalse();
        assertThatThrownBy(() -> GroupSnapshot.requireStored(shop.db(), AS_OF))
                .hasMessageContaining("not stored for the current data");
    }

    @Test
    void theWorkingTablesAreNotLeftOnTheConnection() throws Exception {
        try (Statement s = shop.db().createStatement();
             var r = s.executeQuery("SELECT count(*) FROM duckdb_tables() WHERE temporary"
                     + " AND table_name IN ('hako_behaviour_flags', 'hako_nps_loyalty')")) {
            r.next();
            assertThat(r.getLong(1)).isZero();
        }
    }

    @Test
    void boardSegmentsKeepTheirGroup() throws Exception {
        BoardSegments.save(shop.db(), Stage.RETENTION,
                new Segment(Stage.RETENTION, null, null, null, null, null, null, CustomerGroup.LOYALTY_HIGH, null), "t");
        assertThat(BoardSegments.of(shop.db(), Stage.RETENTION).group()).isEqualTo(CustomerGroup.LOYALTY_HIGH);
    }

    @Test
    void followUpPlansTargetBehaviourAndLoyaltyGroups() throws Exception {
        Step step = new Step(1, Trigger.recency(30), Channel.ofKey("email"), "hello");
        PlanStore.saveAll(shop.db(), List.of(
                new Plan("heavy", "heavy", Target.parse("behaviour=heavy"), true, List.of(step)),
                new Plan("bulk-repeat", "bulk", Target.parse("behaviour=bulk;behaviour=multi_buyer"), true, List.of(step)),
                new Plan("loyal", "loyal", Target.parse("loyalty=high"), true, List.of(step)),
                new Plan("seasonal-low", "sl", Target.parse("behaviour=seasonal;loyalty=low"), true, List.of(step))), "t");
        Coverage c = Coverage.at(shop.db(), AS_OF, MetricRules.DEFAULTS);
        assertThat(c.plans()).extracting(p -> p.planId() + "=" + p.share().targeted())
                .containsExactlyInAnyOrder("heavy=1", "bulk-repeat=1", "loyal=1", "seasonal-low=1");
        assertThatThrownBy(() -> Target.parse("loyalty=high;loyalty=low")).hasMessageContaining("one loyalty");
        assertThatThrownBy(() -> Target.parse("behaviour=sometimes")).hasMessageContaining("heavy, seasonal or bulk");
        assertThatThrownBy(() -> Target.parse("loyalty=great")).hasMessageContaining("use high, mid or low");
        assertThatThrownBy(() -> Target.parse("behaviour!=heavy")).hasMessageContaining("= only");
    }
}
