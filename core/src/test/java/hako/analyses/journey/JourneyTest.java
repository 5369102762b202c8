package hako.analyses.journey;

import static org.assertj.core.api.Assertions.assertThat;

import hako.analyses.ItemLevel;
import hako.customers.MetricRules;
import hako.testing.SmallShop;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Five customers; A alone is the TOP1% (ceil(5 × 1%) = 1). */
class JourneyTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    @TempDir
    Path dir;
    SmallShop shop;

    @BeforeEach
    void shop() throws Exception {
        shop = new SmallShop(dir.resolve("shop.duckdb"));
        shop.product("P1", "緑茶", "tea").product("P2", "湯呑み", "cups")
                .order("a1", "A", "2024-01-01 10:00", "P1:1000")
                .order("a2", "A", "2024-01-11 10:00", "P2:500", "P1:100")
                .order("a3", "A", "2024-02-10 10:00", "P1:800")
                .order("a4", "A", "2024-03-01 10:00", "P3:100")
                .order("a5", "A", "2024-04-01 10:00", "P9:999")
                .order("b1", "B", "2024-01-05 10:00", "P1:100")
                .order("b2", "B", "2024-01-25 10:00", "P2:50")
                .order("c1", "C", "2024-02-01 10:00", "P2:60", "P1:60")
                .order("c2", "C", "2024-02-04 10:00", "P3:10")
                .order("d1", "D", "2024-01-01 10:00", "P2:10")
                .purchases("E", 20, "2024-01-01")
                .order("e2", "E", "2024-01-31 10:00", "P1:10");
    }

    Journey read(ItemLevel level, int paths) throws Exception {
        return Journey.read(shop.db(), AS_OF, MetricRules.DEFAULTS, level, paths);
    }

    @Test
    void theTopOnePercentFirstFourPurchases() throws Exception {
        JourneyMap top = read(ItemLevel.PRODUCT, 20).top1();
        assertThat(top.customers()).isEqualTo(1);
        assertThat(top.nodes()).extracting(JourneyNode::id).containsExactly("1:P1", "2:P2", "3:P1", "4:P3");
        assertThat(top.nodes().get(1).label()).isEqualTo("湯呑み");
        assertThat(top.links()).containsExactly(new JourneyLink(1, "P1", "P2", 1, 10), new JourneyLink(2, "P2", "P1", 1, 30),
                new JourneyLink(3, "P1", "P3", 1, 20));
        assertThat(top.gaps()).containsExactly(new StepGap(2, 1, 10), new StepGap(3, 1, 30), new StepGap(4, 1, 20));
        assertThat(top.paths()).containsExactly(new JourneyPath(List.of("P1", "P2", "P1", "P3"), 1, 1.0));
    }

    @Test
    void allRepeatBuyersBesideIt() throws Exception {
        JourneyMap all = read(ItemLevel.PRODUCT, 20).repeaters();
        assertThat(all.customers()).isEqualTo(4);
        assertThat(all.nodes()).extracting(JourneyNode::id, JourneyNode::customers).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1:P1", 3L), org.assertj.core.groups.Tuple.tuple("1:(none)", 1L),
                org.assertj.core.groups.Tuple.tuple("2:P2", 2L), org.assertj.core.groups.Tuple.tuple("2:P1", 1L),
                org.assertj.core.groups.Tuple.tuple("2:P3", 1L), org.assertj.core.groups.Tuple.tuple("3:P1", 1L),
                org.assertj.core.groups.Tuple.tuple("4:P3", 1L));
        assertThat(all.links()).startsWith(new JourneyLink(1, "P1", "P2", 2, 15), new JourneyLink(1, "(none)", "P1", 1, 30),
                new JourneyLink(1, "P1", "P3", 1, 3));
        assertThat(all.gaps().get(0)).isEqualTo(new StepGap(2, 4, 15));
        assertThat(all.paths()).extracting(JourneyPath::text).containsExactly("(none) > P1", "P1 > P2",
                "P1 > P2 > P1 > P3", "P1 > P3");
        assertThat(all.paths()).allSatisfy(p -> assertThat(p.share()).isEqualTo(0.25));
        assertThat(read(ItemLevel.PRODUCT, 2).repeaters().paths()).hasSize(2);
    }

    @Test
    void theStoredCustomerTableGivesTheSameJourney() throws Exception {
        Journey computed = read(ItemLevel.PRODUCT, 20);
        hako.customers.MetricSnapshot.take(shop.db(), AS_OF, MetricRules.DEFAULTS);
        hako.analyses.AnalysisQuery.dropWorkTables(shop.db());
        assertThat(read(ItemLevel.PRODUCT, 20)).isEqualTo(computed);
    }

    @Test
    void byCategory() throws Exception {
        JourneyMap top = read(ItemLevel.CATEGORY, 20).top1();
        assertThat(top.paths()).extracting(JourneyPath::text).containsExactly("tea > cups > tea > (none)");
    }
}
