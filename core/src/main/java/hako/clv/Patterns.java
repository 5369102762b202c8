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

    /**
     * These patterns with t_x and T rounded down to multiples of {@code days}, grouped again: an approximation
     * with far fewer patterns, for exploring the likelihood from several starts before refining on the exact one.
     */
    Patterns coarse(int days) {
        java.util.Map<Long, Long> grouped = new java.util.HashMap<>();
        for (int i = 0; i < x.length; i++) {
            long key = ((long) x[i] << 42) | ((long) (txDays[i] / days) << 21) | (tDays[i] / days);
            grouped.merge(key, customers[i], Long::sum);
        }
        int n = grouped.size();
        int[] cx = new int[n];
        int[] ctx = new int[n];
        int[] ct = new int[n];
        long[] count = new long[n];
        int i = 0;
        for (var e : grouped.entrySet()) {
            long key = e.getKey();
            cx[i] = (int) (key >>> 42);
            ctx[i] = (int) ((key >>> 21) & 0x1FFFFF) * days;
            ct[i] = (int) (key & 0x1FFFFF) * days;
            count[i++] = e.getValue();
        }
        return new Patterns(cx, ctx, ct, count);
    }

    int maxX() {
        return Arrays.stream(x).max().orElse(0);
    }

    int maxDays() {
        return Arrays.stream(tDays).max().orElse(0);
    }
}
