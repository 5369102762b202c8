package hako.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hako.clv.CdnowSample.Customer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The set-based scores of every CDNOW customer against the model's formulas evaluated one customer at a time. */
class ClvScoresTest {

    @TempDir
    static Path dir;
    static Connection db;
    static ClvFit fit;
    static Map<String, ClvScore> scores = new HashMap<>();

    @BeforeAll
    static void score() throws Exception {
        db = CdnowShop.open(dir);
        fit = ClvFit.fit(db, CdnowShop.PUBLISHED);
        ClvScores.compute(db, fit, CdnowSample.CALIBRATION_END, ClvSettings.DEFAULTS);
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM hako_clv_scores")) {
            while (r.next()) {
                scores.put(r.getString("customer_id"), ClvScores.score(r));
            }
        }
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void everyCustomerIsScoredAsTheFormulasSay() throws Exception {
        BgNbd m = fit.bgNbd();
        GammaGamma g = fit.gammaGamma();
        List<Customer> customers = CdnowSample.customers();
        assertThat(scores).hasSize(customers.size());
        for (Customer c : customers) {
            ClvScore s = scores.get(Integer.toString(c.id()));
            double tx = c.txDays() / 7.0;
            double t = c.tDays() / 7.0;
            assertThat(s.pAlive()).as("P(alive) of %d", c.id()).isCloseTo(m.pAlive(c.x(), tx, t), within(1e-12));
            assertThat(s.expected30()).isCloseTo(m.conditionalExpected(30 / 7.0, c.x(), tx, t), within(1e-12));
            assertThat(s.expected90()).isCloseTo(m.conditionalExpected(90 / 7.0, c.x(), tx, t), within(1e-12));
            assertThat(s.expected365()).isCloseTo(m.conditionalExpected(365 / 7.0, c.x(), tx, t), within(1e-12));
            double aov = g.expectedAverage(c.x(), c.zbar());
            assertThat(s.expectedAov()).isEqualByComparingTo(money(aov));
            assertThat(s.clv365()).isEqualByComparingTo(money(aov * discounted(m, c.x(), tx, t, 0.01)));
            assertThat(s.nextOrderDate()).isEqualTo(CdnowSample.CALIBRATION_END
                    .plusDays(Math.round(7 * (m.alpha() + t) / (m.r() + c.x()))));
            assertThat(s.churnRisk()).isEqualTo(ClvSettings.DEFAULTS.risk(s.pAlive()));
        }
    }

    @Test
    void customer1516IsAlmostCertainlyAlive() {
        // BTYD walkthrough p. 22: 0.9688523 with its own estimate, computed at T = 31 weeks.
        ClvScore s = scores.get("1516");
        assertThat(s.pAlive()).isCloseTo(0.96885, within(0.0001));
        assertThat(s.churnRisk()).isEqualTo(ChurnRisk.LOW);
    }

    @Test
    void withoutDiscountTheClvIsExpectedPurchasesTimesSpend() throws Exception {
        ClvScores.compute(db, fit, CdnowSample.CALIBRATION_END, new ClvSettings(0, 0.3, 0.7, false));
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT count(*) FILTER (WHERE abs(clv_365 - expected_365 * expected_aov) > expected_365 * 0.005 + 0.005),"
                        + " count(*) FROM hako_clv_scores")) {
            r.next();
            // both amounts are rounded to cents: they differ by at most expected_365 * 0.005 + 0.005
            assertThat(r.getLong(1)).isZero();
            assertThat(r.getLong(2)).isEqualTo(2357);
        }
        ClvScores.compute(db, fit, CdnowSample.CALIBRATION_END, ClvSettings.DEFAULTS);
    }

    @Test
    void bandsFollowTheThresholds() {
        ClvSettings s = ClvSettings.DEFAULTS;
        assertThat(s.risk(0.2999)).isEqualTo(ChurnRisk.HIGH);
        assertThat(s.risk(0.3)).isEqualTo(ChurnRisk.MEDIUM);
        assertThat(s.risk(0.6999)).isEqualTo(ChurnRisk.MEDIUM);
        assertThat(s.risk(0.7)).isEqualTo(ChurnRisk.LOW);
        assertThat(scores.values().stream().map(ClvScore::churnRisk).distinct()).hasSize(3);
    }

    @Test
    void storedScoresAreTheComputedOnes() throws Exception {
        fit.store(db);
        ClvScores.store(db, fit, CdnowSample.CALIBRATION_END, ClvSettings.DEFAULTS);
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT count(*), count(*) FILTER (WHERE s.p_alive = c.p_alive AND s.clv_365 = c.clv_365"
                        + " AND s.as_of = DATE '1997-09-30') FROM clv_scores s JOIN hako_clv_scores c USING (customer_id)")) {
            r.next();
            assertThat(r.getLong(1)).isEqualTo(2357);
            assertThat(r.getLong(2)).isEqualTo(2357);
        }
    }

    /** Twelve monthly steps of 365/12 days, each month's expected purchases discounted at the month's end. */
    static double discounted(BgNbd m, int x, double tx, double t, double rate) {
        double sum = 0;
        for (int month = 1; month <= 12; month++) {
            double step = m.conditionalExpected(month * 365.0 / 12 / 7, x, tx, t)
                    - m.conditionalExpected((month - 1) * 365.0 / 12 / 7, x, tx, t);
            sum += step / Math.pow(1 + rate, month);
        }
        return sum;
    }

    static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }
}
