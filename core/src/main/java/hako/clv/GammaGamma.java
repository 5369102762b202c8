package hako.clv;

import static org.hipparchus.special.Gamma.logGamma;

import java.util.List;

/**
 * The Gamma-Gamma spend model (Fader, Hardie and Lee 2005b; Fader and Hardie 2013): a customer's order values
 * vary around a mean ν with shape p, and ν varies between customers as Gamma(q, γ). Independent of the
 * purchase process, which the papers check by the small correlation of spend and frequency.
 */
public record GammaGamma(double p, double q, double gamma) {

    public static final String[] NAMES = {"p", "q", "gamma"};

    public GammaGamma {
        if (!(p > 0 && q > 0 && gamma > 0) || !Double.isFinite(p + q + gamma)) {
            throw new IllegalArgumentException("Gamma-Gamma parameters must be positive: p=" + p + " q=" + q
                    + " gamma=" + gamma);
        }
    }

    /** Beyond this many repeat customers the starts explore a sample of them. */
    static final int EXPLORE_SPENDS = 50_000;

    /**
     * The maximum-likelihood estimate from three starting points, two scaled to the data's mean spend; with many
     * repeat customers the starts explore a sample and the best is refined on all of them.
     */
    public static Estimate fit(Spends s) {
        double mean = java.util.Arrays.stream(s.meanValue()).average().orElse(1);
        List<double[]> starts = List.of(new double[] {1, 1, 1}, new double[] {5, 3, mean / 2},
                new double[] {2, 2, mean});
        Spends explore = s.sample(EXPLORE_SPENDS);
        return MaximumLikelihood.maximise("Gamma-Gamma", NAMES, v -> of(v).logLikelihood(s),
                v -> of(v).logLikelihood(explore), starts);
    }

    static GammaGamma of(double[] v) {
        return new GammaGamma(v[0], v[1], v[2]);
    }

    public double[] values() {
        return new double[] {p, q, gamma};
    }

    /** The log-likelihood of the repeat customers' mean spends. */
    public double logLikelihood(Spends s) {
        int[] xs = s.x();
        double[] m = s.meanValue();
        // Everything but ln(γ + m x) sums once per distinct x from sums over the data (Spends.Sums).
        Spends.Sums sums = s.sums();
        double total = xs.length * (q * Math.log(gamma) - logGamma(q)) - sums.logMean()
                + p * (sums.xLogMean() + sums.xLogX());
        for (int k = 0; k < sums.distinctX().length; k++) {
            double px = p * sums.distinctX()[k];
            total += sums.customersPerX()[k] * (logGamma(px + q) - logGamma(px));
        }
        double g = gamma;
        double pp = p;
        double qq = q;
        return total - Chunks.sum(xs.length, (from, to) -> {
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += (pp * xs[i] + qq) * Math.log(g + m[i] * xs[i]);
            }
            return sum;
        });
    }

    /** The mean spend per purchase of the population, γp / (q − 1); infinite unless q &gt; 1. */
    public double populationMean() {
        return q > 1 ? gamma * p / (q - 1) : Double.POSITIVE_INFINITY;
    }

    /** E[Z | x, z̄]: a customer's expected spend per purchase, their own mean shrunk towards the population's. */
    public double expectedAverage(int x, double meanValue) {
        if (x == 0) {
            return populationMean();
        }
        return p * (gamma + x * meanValue) / (p * x + q - 1);
    }
}
