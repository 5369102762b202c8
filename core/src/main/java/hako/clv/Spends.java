package hako.clv;

/**
 * The repeat customers' spend: x repeat purchase days and their mean value, the input of the Gamma-Gamma
 * model. Customers without a repeat purchase day carry no information on how their spend varies.
 */
public record Spends(int[] x, double[] meanValue) {

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
    }

    public int size() {
        return x.length;
    }
}
