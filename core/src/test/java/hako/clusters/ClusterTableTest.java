package hako.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hako.customers.Cluster;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cluster table of the hand-built shop (see {@link HandBuiltShop}): 20 customers, ￥187,500. */
class ClusterTableTest {

    @TempDir
    static Path dir;
    static Connection db;
    static ClusterTable table;

    @BeforeAll
    static void build() throws Exception {
        db = HandBuiltShop.open(dir);
        table = ClusterTable.read(db, HandBuiltShop.AS_OF);
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void listsTheSixClustersInOrderOfPrecedence() {
        assertThat(table.clusters()).extracting(ClusterProfile::cluster).containsExactly(Cluster.TOP1, Cluster.TOP10,
                Cluster.TOP20, Cluster.ONE_TIME, Cluster.TWO_THREE, Cluster.REPEATER);
        assertThat(table.customers()).isEqualTo(20);
        assertThat(table.sales()).isEqualByComparingTo("187500");
    }

    @Test
    void topTwentyHoldsTheOneTimeBigSpenderAndTheThreeTimeBuyer() {
        ClusterProfile top20 = table.of(Cluster.TOP20); // C03 (F1, 30,000, R5), C04 (F3, 24,000, R20)
        assertThat(top20.customers()).isEqualTo(2);
        assertThat(top20.sales()).isEqualByComparingTo("54000");
        assertThat(top20.share()).isEqualTo(0.1);
        assertThat(top20.salesShare()).isCloseTo(54_000 / 187_500.0, within(1e-12));
        assertThat(top20.averageFrequency()).isEqualTo(2.0);
        assertThat(top20.averageMonetary()).isEqualByComparingTo("27000");
        assertThat(top20.averageRecency()).isEqualTo(12.5);
    }

    @Test
    void oneTimeBuyersOutsideTheTopTiers() {
        ClusterProfile oneTime = table.of(Cluster.ONE_TIME); // C08 and C09–C20
        assertThat(oneTime.customers()).isEqualTo(13);
        assertThat(oneTime.sales()).isEqualByComparingTo("13500");
        assertThat(oneTime.share()).isCloseTo(0.65, within(1e-12));
        assertThat(oneTime.averageFrequency()).isEqualTo(1.0);
        assertThat(oneTime.averageMonetary()).isEqualByComparingTo("1038.46"); // 13,500 / 13
        // R: 90 + 0 + 29 + 30 + 31 + 60 + 61 + 365 + 366 + 577 + 136 + 15 + 10 = 1,770
        assertThat(oneTime.averageRecency()).isCloseTo(1_770 / 13.0, within(1e-9));
    }

    @Test
    void singleCustomerClustersShowThatCustomer() {
        assertProfile(table.of(Cluster.TOP1), 1, "50000", 5, 10);
        assertProfile(table.of(Cluster.TOP10), 1, "40000", 2, 395);
        assertProfile(table.of(Cluster.REPEATER), 1, "20000", 4, 487);
        assertProfile(table.of(Cluster.TWO_THREE), 2, "10000", 2, 68); // C06 (R90), C07 (R46)
    }

    @Test
    void sharesAddUpToTheWhole() {
        assertThat(table.clusters().stream().mapToLong(ClusterProfile::customers).sum()).isEqualTo(20);
        assertThat(table.clusters().stream().mapToDouble(ClusterProfile::share).sum()).isCloseTo(1, within(1e-12));
        assertThat(table.clusters().stream().mapToDouble(ClusterProfile::salesShare).sum())
                .isCloseTo(1, within(1e-12));
    }

    @Test
    void aDateWithoutASnapshotShowsEmptyClusters() throws Exception {
        ClusterTable none = ClusterTable.read(db, HandBuiltShop.AS_OF.minusDays(1));
        assertThat(none.customers()).isZero();
        assertThat(none.clusters()).hasSize(6).allSatisfy(p -> {
            assertThat(p.isEmpty()).isTrue();
            assertThat(p.share()).isZero();
            assertThat(p.averageMonetary()).isEqualByComparingTo(BigDecimal.ZERO);
        });
    }

    static void assertProfile(ClusterProfile p, long customers, String sales, double f, double r) {
        assertThat(p.customers()).isEqualTo(customers);
        assertThat(p.sales()).isEqualByComparingTo(sales);
        assertThat(p.averageFrequency()).isEqualTo(f);
        assertThat(p.averageMonetary()).isEqualByComparingTo(new BigDecimal(sales).divide(BigDecimal.valueOf(customers)));
        assertThat(p.averageRecency()).isEqualTo(r);
    }
}
