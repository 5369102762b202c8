package hako.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import hako.customers.MetricRules;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The heatmap and the distributions of the hand-built shop (see {@link HandBuiltShop}). */
class RfmBandsTest {

    @TempDir
    static Path dir;
    static Connection db;

    @BeforeAll
    static void build() throws Exception {
        db = HandBuiltShop.open(dir);
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void heatmapRowsFollowTheStageThresholds() {
        assertThat(BandScale.heatmapRecency(MetricRules.DEFAULTS).bands()).extracting(Band::label)
                .containsExactly("0–30", "31–60", "61–90", "91–180", "181–365", "366+");
        MetricRules laterChurn = new MetricRules(30, 90, 400, 4, BigDecimal.ONE, BigDecimal.TEN,
                new BigDecimal("20"), 90);
        assertThat(BandScale.heatmapRecency(laterChurn).bands()).extracting(Band::label)
                .containsExactly("0–30", "31–90", "91–180", "181–400", "401+");
        assertThat(BandScale.HEATMAP_FREQUENCY.bands()).extracting(Band::label)
                .containsExactly("1", "2", "3", "4–5", "6–9", "10+");
    }

    @Test
    void heatmapCountsEveryCustomerOnceByRAndF() throws Exception {
        RfmHeatmap map = RfmHeatmap.read(db, HandBuiltShop.AS_OF, MetricRules.DEFAULTS);
        // rows R 0–30, 31–60, 61–90, 91–180, 181–365, 366+; columns F 1, 2, 3, 4–5, 6–9, 10+
        long[][] expected = {
            {6, 0, 1, 1, 0, 0}, // C03, C09, C10, C11 (R30), C19, C20 | C04 | C01
            {2, 1, 0, 0, 0, 0}, // C12 (R31), C13 (R60) | C07
            {2, 1, 0, 0, 0, 0}, // C08 (R90), C14 (R61) | C06 (R90)
            {1, 0, 0, 0, 0, 0}, // C18 (R136)
            {1, 0, 0, 0, 0, 0}, // C15 (R365)
            {2, 1, 0, 1, 0, 0}, // C16 (R366), C17 | C02 | C05
        };
        for (int row = 0; row < expected.length; row++) {
            for (int column = 0; column < expected[row].length; column++) {
                assertThat(map.count(row, column)).as("R band %d, F band %d", row, column)
                        .isEqualTo(expected[row][column]);
            }
        }
        assertThat(map.total()).isEqualTo(20);
        assertThat(map.max()).isEqualTo(6);
        assertThat(map.cells()).hasSize(36);
    }

    @Test
    void repeatBuyersPastTheAcquisitionWindowAreCountedForFollowUp() throws Exception {
        RfmHeatmap map = RfmHeatmap.read(db, HandBuiltShop.AS_OF, MetricRules.DEFAULTS);
        assertThat(map.within(new Band(31, 60L), new Band(2, null))).isEqualTo(1); // C07 (F2, R46)
        assertThat(map.within(new Band(0, 90L), new Band(2, null))).isEqualTo(4); // C01, C04, C06, C07
        assertThat(map.within(new Band(0, null), new Band(1, 1L))).isEqualTo(14);
    }

    @Test
    void frequencyDistributionStopsAtTheHighestF() throws Exception {
        Distributions d = Distributions.read(db, HandBuiltShop.AS_OF, MetricRules.DEFAULTS);
        assertThat(d.frequency()).extracting(b -> b.band().label() + ":" + b.customers())
                .containsExactly("1:14", "2:3", "3:1", "4:1", "5:1");
    }

    @Test
    void monetaryDistributionUsesYenBandsInOneTwoFiveSteps() throws Exception {
        Distributions d = Distributions.read(db, HandBuiltShop.AS_OF, MetricRules.DEFAULTS);
        // 1,000 ×12 and 1,500 | 4,000 | 6,000 | 20,000, 24,000, 30,000, 40,000 | 50,000
        assertThat(d.monetary()).extracting(b -> b.band().label() + ":" + b.customers())
                .containsExactly("0–999:0", "1000–1999:13", "2000–4999:1", "5000–9999:1", "10000–19999:0",
                        "20000–49999:4", "50000–99999:1");
    }

    @Test
    void recencyDistributionHasThirtyDayBandsUpToDormant() throws Exception {
        BandScale scale = BandScale.recency(MetricRules.DEFAULTS);
        assertThat(scale.bands()).extracting(Band::label).containsExactly("0–30", "31–60", "61–90", "91–120",
                "121–150", "151–180", "181–210", "211–240", "241–270", "271–300", "301–330", "331–365", "366–730",
                "731+");
        Distributions d = Distributions.read(db, HandBuiltShop.AS_OF, MetricRules.DEFAULTS);
        assertThat(d.recency()).extracting(BandCount::customers)
                .containsExactly(8L, 3L, 3L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 4L);
    }

    @Test
    void aDateWithoutCustomersHasAnEmptyHeatmapAndOneEmptyBar() throws Exception {
        RfmHeatmap map = RfmHeatmap.read(db, HandBuiltShop.AS_OF.minusYears(5), MetricRules.DEFAULTS);
        assertThat(map.total()).isZero();
        assertThat(map.cells()).hasSize(36);
        Distributions d = Distributions.read(db, HandBuiltShop.AS_OF.minusYears(5), MetricRules.DEFAULTS);
        assertThat(d.frequency()).extracting(BandCount::customers).containsExactly(0L);
        assertThat(d.monetary()).extracting(BandCount::customers).containsExactly(0L);
        assertThat(d.recency()).extracting(BandCount::customers).containsExactly(0L);
    }

    @Test
    void aBandHoldsBothEnds() {
        Band band = new Band(31, 60L);
        assertThat(band.contains(31)).isTrue();
        assertThat(band.contains(60)).isTrue();
        assertThat(band.contains(60.5)).isTrue();
        assertThat(band.contains(61)).isFalse();
        assertThat(new Band(10, null).contains(1e9)).isTrue();
    }
}
