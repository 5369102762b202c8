package hako.clv;

/**
 * Gauss's hypergeometric function 2F1(a, b; c; z) for a, b, c &gt; 0 and 0 &le; z &lt; 1, where every term of
 * the series is positive: summing it cannot cancel, only grow, so it is summed with a running scale and
 * returned as a logarithm (BG/NBD's expectations reach values far beyond a double for heavy buyers).
 */
final class Hypergeometric {

    private static final int MAX_TERMS = 1_000_000;
    private static final double RESCALE_ABOVE = 1e200;

    private Hypergeometric() {
    }

    /** ln 2F1(a, b; c; z). */
    static double log2F1(double a, double b, double c, double z) {
        if (!(z >= 0 && z < 1) || !(a > 0 && b > 0 && c > 0)) {
            throw new IllegalArgumentException("2F1 needs a, b, c > 0 and 0 <= z < 1: a=" + a + " b=" + b + " c=" + c
                    + " z=" + z);
        }
        double term = 1;
        double sum = 1;
        double logScale = 0;
        for (int n = 0; n < MAX_TERMS; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            // The ratio of terms tends to z; once it is below 1 the rest is bounded by a geometric tail.
            double ratio = Math.max(z, (a + n + 1) * (b + n + 1) / ((c + n + 1) * (n + 2)) * z);
            if (ratio < 1 && term * ratio / (1 - ratio) < 1e-16 * sum) {
                return logScale + Math.log(sum);
            }
            if (sum > RESCALE_ABOVE) {
                logScale += Math.log(sum);
                term /= sum;
                sum = 1;
            }
        }
        throw new ArithmeticException("2F1 series did not converge: a=" + a + " b=" + b + " c=" + c + " z=" + z);
    }
}
