package hako.demo;

import java.util.SplittableRandom;

/**
 * Random draws: seeded streams per customer, Normal, exponential, Gamma, Beta and weighted picks.
 * Every function of a double goes through {@link StrictMath}, whose results are the same on every
 * machine, so that the same seed writes the same bytes everywhere.
 */
final class Draw {

    private Draw() {
    }

    /**
     * An independent stream for one customer and one purpose. Deriving it from (seed, purpose,
     * index) rather than from one shared stream keeps a customer's master row the same whether or
     * not {@code maxLines} cut the orders short before it.
     */
    static SplittableRandom stream(long seed, int purpose, long index) {
        return new SplittableRandom(mix(mix(seed + purpose * 0x9E3779B97F4A7C15L) + index));
    }

    /** Standard normal, by Marsaglia's polar method. */
    static double normal(SplittableRandom rng) {
        while (true) {
            double u = 2 * rng.nextDouble() - 1;
            double v = 2 * rng.nextDouble() - 1;
            double s = u * u + v * v;
            if (s > 0 && s < 1) {
                return u * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
            }
        }
    }

    /** Exponential with mean 1. */
    static double exponential(SplittableRandom rng) {
        return -StrictMath.log(1 - rng.nextDouble());
    }

    /** Gamma(shape, 1) by Marsaglia and Tsang; shapes below 1 through the boost U^(1/shape). */
    static double gamma(SplittableRandom rng, double shape) {
        if (shape < 1) {
            return gamma(rng, shape + 1) * StrictMath.pow(rng.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / StrictMath.sqrt(9 * d);
        while (true) {
            double x = normal(rng);
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = rng.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || StrictMath.log(u) < 0.5 * x * x + d * (1 - v + StrictMath.log(v))) {
                return d * v;
            }
        }
    }

    static double beta(SplittableRandom rng, double a, double b) {
        double x = gamma(rng, a);
        double y = gamma(rng, b);
        return x + y == 0 ? 0.5 : x / (x + y);
    }

    /** Running totals of {@code weights}, for {@link #index}. */
    static double[] cumulative(double[] weights) {
        double[] sums = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            sums[i] = total;
        }
        return sums;
    }

    /** The index whose share of the running totals {@code fraction} (in [0, 1)) falls into. */
    static int index(double[] cumulative, double fraction) {
        double target = fraction * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    static int index(double[] cumulative, SplittableRandom rng) {
        return index(cumulative, rng.nextDouble());
    }

    /** SplitMix64's finaliser: spreads nearby seeds over the whole range. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
