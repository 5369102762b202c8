package hako.clv;

/**
 * The repeat customers' spend: x repeat purchase days and their mean value, the input of the Gamma-Gamma
 * model. Customers without a repeat purchase day carry no information on how their spend varies.
 */
public record Spends(int[] x, double[] meanValue, Sums sums) {

    /**
     * Sums over the data that the Gamma-Gamma likelihood needs once, not at every evaluation: Σ ln m,
     * Σ x ln m, Σ x ln x, and the customers per distinct x.
     */
    record Sums(double logMean, double xLogMean, double xLogX, int[] distinctX, long[] customersPerX) {

        static Sums of(int[] x, double[] m) {
            double logMean = 0;
            double xLogMean = 0;
            double xLogX = 0;
            java.util.TreeMap<Integer, Long> perX = new java.util.TreeMap<>();
            for (int i = 0; i < x.length; i++) {
                double lm = Math.log(m[i]);
                logMean += lm;
                xLogMean += x[i] * lm;
                xLogX += x[i] * Math.log(x[i]);
                perX.merge(x[i], 1L, Long::sum);
            }
            return new Sums(logMean, xLogMean, xLogX, perX.keySet().stream().mapToInt(Integer::intValue).toArray(),
                    perX.values().stream().mapToLong(Long::longValue).toArray());
        }
    }

    public Spends(int[] x, double[] meanValue) {
        this(x, meanValue, null);
    }

    public Spends {
        if (x.length != meanValue.length) {
            throw new IllegalArgumentException("spend columns of different lengths");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] <= 0 || !(meanValue[i] > 0) || !Double.isFinite(meanValue[i])) {
                throw new IllegalArgumentException("a spend needs x > 0 and a mean value > 0: x=" + x[i] + " mean="
                        + meanValue[i]);
            }
        }
        if (sums == null) {
            sums = Sums.of(x, meanValue);
        }
    }

    /**
     * Every k-th spend, at most {@code max}: the data is ordered by x, so the sample keeps its mix of
     * frequencies. The starts of the fit explore it before the best is refined on all spends.
     */
    Spends sample(int max) {
        if (x.length <= max) {
            return this;
        }
        int step = (x.length + max - 1) / max;
        int n = (x.length + step - 1) / step;
        int[] sx = new int[n];
        double[] sm = new double[n];
        for (int i = 0; i < n; i++) {
            sx[i] = x[i * step];
            sm[i] = meanValue[i * step];
        }
        return new Spends(sx, sm);
    }

    public int size() {
        return x.length;
    }
}
