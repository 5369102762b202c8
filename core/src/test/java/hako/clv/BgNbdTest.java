package hako.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hako.clv.CdnowSample.Customer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * BG/NBD on the CDNOW sample against the published values (data README §2): the paper's estimates, BTYD's
 * walkthrough and the values lifetimes checks against Hardie's spreadsheet.
 */
class BgNbdTest {

    /** BTYD walkthrough §4.2: the estimate its conditional values on p. 22 are computed with. */
    static final BgNbd BTYD = new BgNbd(0.2425982, 4.4136842, 0.7929899, 2.4261667);
    /** The paper's rounded estimates. */
    static final BgNbd PAPER = new BgNbd(0.243, 4.414, 0.793, 2.426);

    static List<Customer> customers;
    static Estimate fit;

    @BeforeAll
    static void fitOnce() throws Exception {
        customers = CdnowSample.customers();
        fit = BgNbd.fit(CdnowSample.patterns(customers));
    }

    @Test
    void theSummaryHasThePublishedCounts() {
        assertThat(customers).hasSize(2357);
        assertThat(customers.stream().filter(c -> c.x() > 0).count()).isEqualTo(946);
        assertThat(customers.stream().mapToInt(Customer::x).sum()).isEqualTo(2457);
        assertThat(customers.stream().mapToInt(Customer::holdout).sum()).isEqualTo(1882);
        assertThat(customers.get(0).tDays()).isEqualTo(272);
    }

    @Test
    void fitReproducesThePapersEstimatesToTheirRounding() {
        double[] v = fit.values();
        assertThat(round(v[0], 3)).isEqualTo(0.243);
        assertThat(round(v[1], 3)).isEqualTo(4.414);
        assertThat(round(v[2], 3)).isEqualTo(0.793);
        assertThat(round(v[3], 3)).isEqualTo(2.426);
        assertThat(round(fit.logLikelihood(), 1)).isEqualTo(-9582.4);
        assertThat(fit.logLikelihood()).isCloseTo(-9582.429, within(0.0005));
        assertThat(fit.agreeing()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void standardErrorsAgreeWithLifetimesToTwoDigits() {
        // lifetimes' Quickstart on its 2-decimal summary: 0.012557, 0.378221, 0.185719, 0.705345
        double[] se = fit.standardErrors();
        assertThat(se[0]).isCloseTo(0.0126, within(0.0005));
        assertThat(se[1]).isCloseTo(0.378, within(0.005));
        assertThat(se[2]).isCloseTo(0.186, within(0.005));
        assertThat(se[3]).isCloseTo(0.705, within(0.01));
    }

    @Test
    void logLikelihoodAtThePapersRoundedValues() {
        assertThat(PAPER.logLikelihood(CdnowSample.patterns(customers))).isCloseTo(-9582.4305, within(0.00005));
    }

    @Test
    void expectedRepeatPurchasesMatchHardiesSpreadsheet() {
        BgNbd model = BgNbd.of(fit.values());
        double[] t = {0.1429, 1, 3, 31.8571, 32, 78};
        double[] published = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
        for (int i = 0; i < t.length; i++) {
            assertThat(model.expected(t[i])).as("E[X(%s)]", t[i]).isCloseTo(published[i], within(0.0005));
        }
        assertThat(BTYD.expected(52)).isCloseTo(1.444004, within(0.000002));
        assertThat(round(model.expected(52), 3)).isEqualTo(1.444);
    }

    @Test
    void customer1516InTheBtydWalkthrough() {
        assertThat(BTYD.conditionalExpected(52, 26, 30.85714, 31)).isCloseTo(25.75659, within(0.0001));
        assertThat(BTYD.pAlive(26, 30.85714, 31)).isCloseTo(0.9688523, within(0.0000005));
    }

    @Test
    void conditionalExpectationCheckedByLifetimes() {
        assertThat(BgNbd.of(fit.values()).conditionalExpected(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.001));
    }

    @Test
    void probabilityMassFunctionAtThePapersValues() {
        assertThat(PAPER.probability(10, 2)).isCloseTo(1.07869e-07, within(1e-12));
        assertThat(PAPER.probability(0, 39)).isCloseTo(0.5737864, within(1e-7));
        double[] published = {0.0019995214, 0.0015170236, 0.0011633150, 0.0009003148, 0.0007023638, 0.0005517902,
            0.0004361913, 0.0003467171, 0.0002769613, 0.0002222260};
        for (int n = 11; n <= 20; n++) {
            assertThat(PAPER.probability(n, 30)).as("P(X(30)=%d)", n).isCloseTo(published[n - 11], within(1e-10));
        }
    }

    @Test
    void probabilitiesSumToOneAndMatchTheMean() {
        double total = 0;
        double mean = 0;
        for (int n = 0; n < 400; n++) {
            double p = PAPER.probability(n, 52);
            total += p;
            mean += n * p;
        }
        assertThat(total).isCloseTo(1, within(1e-9));
        assertThat(mean).isCloseTo(PAPER.expected(52), within(1e-7));
    }

    @Test
    void groupingPatternsLeavesTheLikelihoodUnchanged() {
        Patterns one = CdnowSample.patterns(customers.subList(0, 3));
        Patterns grouped = new Patterns(new int[] {one.x()[0], one.x()[1], one.x()[2]},
                one.txDays(), one.tDays(), new long[] {1, 1, 1});
        Patterns doubled = new Patterns(one.x(), one.txDays(), one.tDays(), new long[] {2, 2, 2});
        assertThat(PAPER.logLikelihood(doubled)).isCloseTo(2 * PAPER.logLikelihood(grouped), within(1e-9));
    }

    @Test
    void exploringWeeklyPatternsThenRefiningGivesTheExactEstimate() {
        Patterns exact = CdnowSample.patterns(customers);
        Patterns weekly = exact.coarse(7);
        assertThat(weekly.customerCount()).isEqualTo(2357);
        assertThat(weekly.size()).isLessThan(exact.size());
        Estimate refined = MaximumLikelihood.maximise("BG/NBD", BgNbd.NAMES, v -> BgNbd.of(v).logLikelihood(exact),
                v -> BgNbd.of(v).logLikelihood(weekly), java.util.List.of(new double[] {1, 1, 1, 1}));
        for (int i = 0; i < 4; i++) {
            assertThat(refined.values()[i]).isCloseTo(fit.values()[i], within(fit.values()[i] * 1e-5));
        }
        assertThat(refined.logLikelihood()).isCloseTo(fit.logLikelihood(), within(1e-6));
    }

    static double round(double v, int decimals) {
        return java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
