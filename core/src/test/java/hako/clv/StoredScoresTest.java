package hako.clv;

import static org.assertj.core.api.Assertions.assertThat;

import hako.clv.CdnowSample.Customer;
import hako.customers.MetricRules;
import hako.customers.MetricSnapshot;
import hako.segments.ClvCondition;
import hako.segments.Member;
import hako.segments.MemberQuery;
import hako.segments.MemberSort;
import hako.segments.Members;
import hako.segments.Segment;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stored scores of the CDNOW customers at the end of calibration, read by segments: each count is checked
 * against the model's formulas evaluated customer by customer in Java, over the customers the metric snapshot
 * holds (those with a purchase above 0 by then).
 */
class StoredScoresTest {

    static final LocalDate AS_OF = CdnowSample.CALIBRATION_END;

    @TempDir
    static Path dir;
    static Connection db;
    static ClvFit fit;
    /** Every customer of the snapshot, with P(alive) and CLV as the formulas give them. */
    static Map<String, double[]> expected = new HashMap<>();
    static Map<String, BigDecimal> clv = new HashMap<>();

    @BeforeAll
    static void score() throws Exception {
        db = CdnowShop.open(dir);
        fit = ClvFit.fit(db, CdnowShop.PUBLISHED);
        fit.store(db);
        MetricSnapshot.take(db, AS_OF, MetricRules.DEFAULTS);
        StoredScores.ensure(db, fit, AS_OF, ClvSettings.DEFAULTS);
        Set<String> buyers = new HashSet<>();
        for (CdnowSample.Line l : CdnowSample.lines()) {
            if (l.dollars().signum() > 0 && !l.date().isAfter(AS_OF)) {
                buyers.add(Integer.toString(l.customer()));
            }
        }
        BgNbd m = fit.bgNbd();
        GammaGamma g = fit.gammaGamma();
        for (Customer c : CdnowSample.customers()) {
            String id = Integer.toString(c.id());
            double tx = c.txDays() / 7.0;
            double t = c.tDays() / 7.0;
            BigDecimal value = ClvScoresTest.money(g.expectedAverage(c.x(), c.zbar())
                    * ClvScoresTest.discounted(m, c.x(), tx, t, 0.01));
            clv.put(id, value);
            if (buyers.contains(id)) {
                expected.put(id, new double[] {m.pAlive(c.x(), tx, t), value.doubleValue()});
            }
        }
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    static long count(ClvCondition condition) throws Exception {
        return Members.count(db, new MemberQuery(AS_OF, Segment.ALL.withClv(condition), null, false));
    }

    static long expectedCount(Predicate<double[]> condition) {
        return expected.values().stream().filter(condition).count();
    }

    @Test
    void segmentsCountTheChurnRiskBands() throws Exception {
        assertThat(count(ClvCondition.NONE)).isEqualTo(expected.size());
        long high = expectedCount(v -> v[0] < 0.3);
        long medium = expectedCount(v -> v[0] >= 0.3 && v[0] < 0.7);
        assertThat(high).isPositive();
        assertThat(medium).isPositive();
        assertThat(count(new ClvCondition(ChurnRisk.HIGH, null, null, null, null))).isEqualTo(high);
        assertThat(count(new ClvCondition(ChurnRisk.MEDIUM, null, null, null, null))).isEqualTo(medium);
        assertThat(count(new ClvCondition(ChurnRisk.LOW, null, null, null, null)))
                .isEqualTo(expected.size() - high - medium);
    }

    @Test
    void segmentsCountPAliveAndClvRanges() throws Exception {
        assertThat(count(new ClvCondition(null, 20L, 60L, null, null)))
                .isEqualTo(expectedCount(v -> v[0] * 100 >= 20 && v[0] * 100 <= 60)).isPositive();
        assertThat(count(new ClvCondition(null, null, null, 50L, 200L)))
                .isEqualTo(expectedCount(v -> v[1] >= 50 && v[1] <= 200)).isPositive();
        assertThat(count(new ClvCondition(ChurnRisk.HIGH, null, null, 10L, null)))
                .isEqualTo(expectedCount(v -> v[0] < 0.3 && v[1] >= 10)).isPositive();
    }

    @Test
    void theBandsSumCustomersAndClvOfEveryScoredCustomer() throws Exception {
        Map<ChurnRisk, StoredScores.RiskBand> bands = StoredScores.bands(db, AS_OF);
        BgNbd m = fit.bgNbd();
        long high = 0;
        BigDecimal highClv = BigDecimal.ZERO;
        for (Customer c : CdnowSample.customers()) {
            if (m.pAlive(c.x(), c.txDays() / 7.0, c.tDays() / 7.0) < 0.3) {
                high++;
                highClv = highClv.add(clv.get(Integer.toString(c.id())));
            }
        }
        assertThat(bands.get(ChurnRisk.HIGH).customers()).isEqualTo(high);
        assertThat(bands.get(ChurnRisk.HIGH).clv365()).isEqualByComparingTo(highClv);
        assertThat(bands.values().stream().mapToLong(StoredScores.RiskBand::customers).sum()).isEqualTo(2357);
    }

    @Test
    void theListSortsByClvAndReadsOneCustomersScores() throws Exception {
        List<Member> top = Members.page(db, new MemberQuery(AS_OF, Segment.ALL, null, false), MemberSort.CLV_DESC, 0, 20,
                false);
        BigDecimal highest = clv.entrySet().stream().filter(e -> expected.containsKey(e.getKey()))
                .map(Map.Entry::getValue).max(BigDecimal::compareTo).orElseThrow();
        Map<String, ClvScore> scores = StoredScores.of(db, AS_OF, top.stream().map(Member::customerId).toList());
        assertThat(scores).hasSize(20);
        assertThat(scores.get(top.get(0).customerId()).clv365()).isEqualByComparingTo(highest);
        for (int i = 1; i < top.size(); i++) {
            assertThat(scores.get(top.get(i).customerId()).clv365())
                    .isLessThanOrEqualTo(scores.get(top.get(i - 1).customerId()).clv365());
        }
    }

    @Test
    void scoresAreKeptPerDateAndComputedOnce() throws Exception {
        LocalDate earlier = AS_OF.minusDays(30);
        assertThat(StoredScores.isStored(db, fit, earlier, ClvSettings.DEFAULTS)).isFalse();
        StoredScores.ensure(db, fit, earlier, ClvSettings.DEFAULTS);
        assertThat(StoredScores.isStored(db, fit, earlier, ClvSettings.DEFAULTS)).isTrue();
        assertThat(StoredScores.isStored(db, fit, AS_OF, ClvSettings.DEFAULTS)).isTrue();
        assertThat(StoredScores.isStored(db, fit, AS_OF, new ClvSettings(0.02, 0.3, 0.7, false))).isFalse();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT count(DISTINCT as_of), count(*) FILTER (WHERE as_of = DATE '1997-09-30')"
                     + " FROM clv_scores")) {
            r.next();
            assertThat(r.getLong(1)).isEqualTo(2);
            assertThat(r.getLong(2)).isEqualTo(2357);
        }
    }
}
