package hako.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hako.customers.Cluster;
import hako.customers.MetricRules;
import hako.customers.MetricSnapshot;
import hako.customers.Stage;
import hako.testing.SmallShop;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten customers at 2024-06-30: K01 spent most (rank 1) down to K10. K01–K04 bought 4 times, K05–K07
 * twice, K08–K10 once; R is 10 × the customer's number (K01: 10 days … K10: 100 days).
 * N = 10: TOP1% = rank 1, TOP10% = rank 1, TOP20% = ranks ≤ 2.
 */
class MembersTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    @TempDir
    Path dir;
    SmallShop shop;

    @BeforeEach
    void buildShop() throws Exception {
        shop = new SmallShop(dir.resolve("shop.duckdb"));
        for (int i = 1; i <= 10; i++) {
            String id = String.format("K%02d", i);
            int f = i <= 4 ? 4 : i <= 7 ? 2 : 1;
            List<String> dates = new ArrayList<>();
            for (int k = 0; k < f; k++) {
                dates.add(AS_OF.minusDays(10L * i + 40L * k).toString());
            }
            shop.purchases(id, (11 - i) * 1_000, dates.toArray(String[]::new));
        }
        shop.customer("K03", "山田 花子", "hanako@example.jp").customer("K08", "佐藤 太郎", "taro@example.jp");
        MetricSnapshot.take(shop.db(), AS_OF, MetricRules.DEFAULTS);
    }

    @AfterEach
    void close() throws Exception {
        shop.close();
    }

    long count(Segment s) throws Exception {
        return Members.count(shop.db(), new MemberQuery(AS_OF, s, null, false));
    }

    @Test
    void everyPartOfASegmentNarrowsTheCount() throws Exception {
        assertThat(count(Segment.ALL)).isEqualTo(10);
        assertThat(count(new Segment(null, Cluster.ONE_TIME, null, null, null, null, null))).isEqualTo(3);
        assertThat(count(new Segment(null, null, null, 2L, 4L, null, null))).isEqualTo(7);
        assertThat(count(new Segment(null, null, null, null, null, 30L, 60L))).isEqualTo(4);
        assertThat(count(new Segment(null, null, null, 2L, null, null, 50L))).isEqualTo(5);
        assertThat(count(Segment.ofStage(Stage.CHURN_PREVENTION))).isEqualTo(4);
    }

    @Test
    void aTierHoldsTheTighterTiers() throws Exception {
        assertThat(count(new Segment(null, null, Cluster.TOP1, null, null, null, null))).isEqualTo(1);
        assertThat(count(new Segment(null, null, Cluster.TOP20, null, null, null, null))).isEqualTo(2);
        assertThat(count(new Segment(null, Cluster.TOP20, null, null, null, null, null))).isEqualTo(1);
    }

    @Test
    void searchFindsIdsAndNamesAndEmailsOnlyWhenAllowed() throws Exception {
        assertThat(Members.count(shop.db(), new MemberQuery(AS_OF, Segment.ALL, "k0", false))).isEqualTo(9);
        assertThat(Members.count(shop.db(), new MemberQuery(AS_OF, Segment.ALL, "花子", false))).isEqualTo(1);
        assertThat(Members.count(shop.db(), new MemberQuery(AS_OF, Segment.ALL, "TARO@", false))).isZero();
        assertThat(Members.count(shop.db(), new MemberQuery(AS_OF, Segment.ALL, "TARO@", true))).isEqualTo(1);
    }

    @Test
    void pagesFollowTheSortAndNeverOverlap() throws Exception {
        MemberQuery all = new MemberQuery(AS_OF, Segment.ALL, null, true);
        List<Member> first = Members.page(shop.db(), all, MemberSort.RECENCY_DESC, 0, 4, true);
        List<Member> second = Members.page(shop.db(), all, MemberSort.RECENCY_DESC, 4, 4, true);
        assertThat(first).extracting(Member::customerId).containsExactly("K10", "K09", "K08", "K07");
        assertThat(second).extracting(Member::customerId).containsExactly("K06", "K05", "K04", "K03");
        assertThat(second.get(3).name()).isEqualTo("山田 花子");
        assertThat(second.get(3).email()).isEqualTo("hanako@example.jp");
        assertThat(Members.page(shop.db(), all, MemberSort.RANK, 0, 1, false).get(0).customerId()).isEqualTo("K01");
    }

    @Test
    void aPageFindsTheNamesOfIdsWithQuotes() throws Exception {
        shop.purchases("O'Hara's", 50_000, AS_OF.toString()).customer("O'Hara's", "Scarlett", "s@example.com");
        MetricSnapshot.take(shop.db(), AS_OF, MetricRules.DEFAULTS);
        List<Member> top = Members.page(shop.db(), new MemberQuery(AS_OF, Segment.ALL, null, true), MemberSort.RANK,
                0, 2, false);
        assertThat(top).extracting(Member::customerId).containsExactly("O'Hara's", "K01");
        assertThat(top).extracting(Member::name).containsExactly("Scarlett", null);
        assertThat(top.get(0).email()).as("not allowed").isNull();
    }

    @Test
    void emailsStayHiddenFromThoseWhoMayNotSeeThem() throws Exception {
        Member m = Members.find(shop.db(), AS_OF, "K03", false);
        assertThat(m.name()).isEqualTo("山田 花子");
        assertThat(m.email()).isNull();
        assertThat(Members.find(shop.db(), AS_OF, "nobody", true)).isNull();
    }

    @Test
    void impossibleRangesAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> new Segment(null, null, null, 5L, 2L, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("F from 5");
        assertThatThrownBy(() -> new Segment(null, null, Cluster.ONE_TIME, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tier");
        assertThat(new Segment(Stage.RETENTION, null, Cluster.TOP10, 2L, 5L, null, 60L).describe(Locale.JAPANESE))
                .isEqualTo("既存客維持 · TOP10%以内 · F 2–5 · R ≤ 60日");
    }
}
