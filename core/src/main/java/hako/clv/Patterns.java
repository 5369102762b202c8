package hako.clv;

import java.util.Arrays;

/**
 * Customers grouped by their purchase pattern (x repeat days, the last repeat t_x days and the end of
 * calibration T days after the first purchase): the BG/NBD likelihood depends only on the pattern, so its
 * cost grows with the distinct patterns, not with the customers.
 *
 * @param x repeat purchase days per pattern
 * @param txDays days from the first to the last purchase day
 * @param tDays days from the first purchase day to the end of calibration
 * @param customers how many customers share the pattern
 */
public record Patterns(int[] x, int[] txDays, int[] tDays, long[] customers) {

    public Patterns {
        int n = x.length;
        if (txDays.length != n || tDays.length != n || customers.length != n) {
            throw new IllegalArgumentException("pattern columns of different lengths");
        }
        for (int i = 0; i < n; i++) {
            if (x[i] < 0 || txDays[i] < 0 || tDays[i] < txDays[i] || customers[i] <= 0 || (x[i] == 0 && txDays[i] != 0)) {
                throw new IllegalArgumentException("impossible pattern x=" + x[i] + " t_x=" + txDays[i] + " T=" + tDays[i]
                        + " customers=" + customers[i]);
            }
        }
    }

    public int size() {
        return x.length;
    }

    public long customerCount() {
        return Arrays.stream(customers).sum();
    }

    /** Customers with at least one repeat purchase day. */
    public long repeaters() {
        long n = 0;
        for (int i = 0; i < x.length; i++) {
            n += x[i] > 0 ? customers[i] : 0;
        }
        return n;
    }

    int maxX() {
        return Arrays.stream(x).max().orElse(0);
    }

    int maxDays() {
        return Arrays.stream(tDays).max().orElse(0);
    }
}
