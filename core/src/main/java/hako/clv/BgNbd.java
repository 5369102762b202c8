package hako.clv;

import static org.hipparchus.special.Gamma.logGamma;

import java.util.List;

/**
 * The BG/NBD model (Fader, Hardie and Lee 2005, "Counting Your Customers the Easy Way"): while active a
 * customer buys at a Poisson rate λ ~ Gamma(r, α) and after each purchase drops out with probability
 * p ~ Beta(a, b). Times are in weeks ({@link #DAYS_PER_WEEK} days).
 */
public record BgNbd(double r, double alpha, double a, double b) {

    public static final double DAYS_PER_WEEK = 7.0;

    /** The parameter names, in the order of {@link #values()}. */
    public static final String[] NAMES = {"r", "alpha", "a", "b"};

    public BgNbd {
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || !Double.isFinite(r + alpha + a + b)) {
            throw new IllegalArgumentException("BG/NBD parameters must be positive: r=" + r + " alpha=" + alpha
                    + " a=" + a + " b=" + b);
        }
    }

    /** Beyond this many patterns the starts explore patterns with days grouped in weeks (or longer). */
    static final int EXPLORE_PATTERNS = 20_000;

    /**
     * The maximum-likelihood estimate from three starting points, one of them scaled to the data's time span.
     * With many patterns, the starts explore a coarser grouping and the best is refined on the exact patterns.
     */
    public static Estimate fit(Patterns p) {
        double meanT = 0;
        for (int i = 0; i < p.size(); i++) {
            meanT += p.customers()[i] * p.tDays()[i] / DAYS_PER_WEEK;
        }
        meanT = Math.max(1, meanT / p.customerCount());
        List<double[]> starts = List.of(new double[] {1, 1, 1, 1}, new double[] {0.5, meanT, 0.5, 2},
                new double[] {2, meanT / 4, 2, 5});
        Patterns explore = p;
        for (int days = 7; explore.size() > EXPLORE_PATTERNS; days *= 2) {
            explore = p.coarse(days);
        }
        Patterns approximate = explore;
        return MaximumLikelihood.maximise("BG/NBD", NAMES, v -> of(v).logLikelihood(p),
                v -> of(v).logLikelihood(approximate), starts);
    }

    static BgNbd of(double[] v) {
        return new BgNbd(v[0], v[1], v[2], v[3]);
    }

    public double[] values() {
        return new double[] {r, alpha, a, b};
    }

    /** The log-likelihood of the patterns, each customer counted. */
    public double logLikelihood(Patterns p) {
        int maxX = p.maxX();
        double[] base = new double[maxX + 1];
        double[] dropTerm = new double[maxX + 1];
        double common = r * Math.log(alpha) - logGamma(r) + logGamma(a + b) - logGamma(b);
        for (int x = 0; x <= maxX; x++) {
            base[x] = common + logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x);
            dropTerm[x] = x > 0 ? Math.log(a) - Math.log(b + x - 1) : 0;
        }
        double[] logTime = new double[p.maxDays() + 1];
        for (int d = 0; d < logTime.length; d++) {
            logTime[d] = Math.log(alpha + d / DAYS_PER_WEEK);
        }
        int[] xs = p.x();
        int[] tx = p.txDays();
        int[] t = p.tDays();
        long[] n = p.customers();
        return Chunks.sum(xs.length, (from, to) -> {
            double sum = 0;
            for (int i = from; i < to; i++) {
                int x = xs[i];
                double stillActive = -(r + x) * logTime[t[i]];
                double ll = stillActive;
                if (x > 0) {
                    // ln(e^u + e^v) with the larger exponent taken out; ln(1 + e^-d) loses nothing that matters to a sum
                    double droppedOut = dropTerm[x] - (r + x) * logTime[tx[i]];
                    double max = Math.max(stillActive, droppedOut);
                    ll = max + Math.log(1 + Math.exp(-Math.abs(stillActive - droppedOut)));
                }
                sum += n[i] * (base[x] + ll);
            }
            return sum;
        });
    }

    /** The probability that a customer with x repeat purchases, the last at t_x, is still active at T. */
    public double pAlive(int x, double tx, double t) {
        if (x == 0) {
            return 1;
        }
        double logOdds = Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + t) / (alpha + tx));
        return 1 / (1 + Math.exp(Math.min(logOdds, 700)));
    }

    /** E[X(t)]: expected repeat purchases of a new customer in the first t weeks. */
    public double expected(double t) {
        double z = t / (alpha + t);
        double log = r * Math.log(alpha / (alpha + t)) + Hypergeometric.log2F1(r, b, a + b - 1, z);
        return (a + b - 1) / (a - 1) * -Math.expm1(log);
    }

    /** E[Y(t) | x, t_x, T]: expected purchases in the next t weeks of a customer with that history. */
    public double conditionalExpected(double t, int x, double tx, double tCal) {
        return pAlive(x, tx, tCal) * expectedIfAlive(t, x, tCal);
    }

    /**
     * Expected purchases in the next t weeks of a customer active now with x repeat purchases in T weeks
     * (dropping out later is allowed for). It does not depend on t_x, which is why scoring computes it once
     * per (x, T) and multiplies by P(alive).
     */
    double expectedIfAlive(double t, int x, double tCal) {
        if (t == 0) {
            return 0;
        }
        double z = t / (alpha + tCal + t);
        double log = (r + x) * Math.log((alpha + tCal) / (alpha + tCal + t))
                + Hypergeometric.log2F1(r + x, b + x, a + b + x - 1, z);
        return (a + b + x - 1) / (a - 1) * -Math.expm1(log);
    }

    /** P(X(t) = n): the probability of exactly n repeat purchases in a new customer's first t weeks. */
    public double probability(int n, double t) {
        double logBeta = logGamma(a + b) - logGamma(a) - logGamma(b);
        double logRate = Math.log(alpha / (alpha + t));
        double logShare = Math.log(t / (alpha + t));
        double first = Math.exp(logBeta + logGamma(a) + logGamma(b + n) - logGamma(a + b + n)
                + logGamma(r + n) - logGamma(r) - logGamma(n + 1.0) + r * logRate + n * logShare);
        if (n == 0) {
            return first;
        }
        double partial = 0;
        for (int j = 0; j < n; j++) {
            partial += Math.exp(logGamma(r + j) - logGamma(r) - logGamma(j + 1.0) + r * logRate + j * logShare);
        }
        double second = Math.exp(logBeta + logGamma(a + 1) + logGamma(b + n - 1) - logGamma(a + b + n)) * (1 - partial);
        return first + second;
    }

}
