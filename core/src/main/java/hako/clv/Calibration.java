package hako.clv;

import hako.store.Sql;
import hako.store.Variables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The period a fit learns from: purchase days through {@code end}, and when {@code holdoutEnd} is given the
 * days after it through {@code holdoutEnd}, kept apart to check the predictions.
 *
 * @param holdoutEnd null when there is no holdout
 * @param zeroOrders whether orders of amount 0 count as purchase days (CDNOW's published summaries count
 *                   them; a shop's default does not, as they are not purchases in Hako's metrics)
 */
public record Calibration(LocalDate end, LocalDate holdoutEnd, boolean zeroOrders) {

    public Calibration {
        if (end == null) {
            throw new IllegalArgumentException("a calibration needs an end date");
        }
        if (holdoutEnd != null && !holdoutEnd.isAfter(end)) {
            throw new IllegalArgumentException("the holdout end " + holdoutEnd + " must come after the calibration end "
                    + end);
        }
    }

    /** Calibration through {@code end}, no holdout, zero-amount orders not counted. */
    public static Calibration through(LocalDate end) {
        return new Calibration(end, null, false);
    }

    /** The last day of data this calibration reads. */
    public LocalDate lastDay() {
        return holdoutEnd == null ? end : holdoutEnd;
    }

    /** Holdout length in weeks (0 without a holdout). */
    public double holdoutWeeks() {
        return holdoutEnd == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(end, holdoutEnd) / BgNbd.DAYS_PER_WEEK;
    }

    /** Builds the connection's temporary table {@code hako_clv_summary} (one row per customer). */
    void summarise(Connection c) throws SQLException {
        Variables.set(c, "hako_clv_calibration_end", "DATE", end.toString());
        Variables.set(c, "hako_clv_holdout_end", "DATE", lastDay().toString());
        Variables.set(c, "hako_clv_zero_orders", "BOOLEAN", zeroOrders);
        Sql.run(c, Calibration.class, "summary.sql");
    }

    /** The patterns of the summary last built on {@code c}. */
    static Patterns patterns(Connection c) throws SQLException {
        int n = 0;
        int[][] ints = new int[3][1024];
        long[] counts = new long[1024];
        try (PreparedStatement p = c.prepareStatement(Sql.load(Calibration.class, "patterns.sql"))) {
            p.setFetchSize(100_000);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    if (n == counts.length) {
                        for (int k = 0; k < 3; k++) {
                            ints[k] = Arrays.copyOf(ints[k], n * 2);
                        }
                        counts = Arrays.copyOf(counts, n * 2);
                    }
                    for (int k = 0; k < 3; k++) {
                        ints[k][n] = r.getInt(k + 1);
                    }
                    counts[n++] = r.getLong(4);
                }
            }
        }
        return new Patterns(Arrays.copyOf(ints[0], n), Arrays.copyOf(ints[1], n), Arrays.copyOf(ints[2], n),
                Arrays.copyOf(counts, n));
    }

    /** The spends of the summary last built on {@code c}. */
    static Spends spends(Connection c) throws SQLException {
        int n = 0;
        int[] xs = new int[1024];
        double[] zs = new double[1024];
        try (PreparedStatement p = c.prepareStatement(Sql.load(Calibration.class, "spends.sql"))) {
            p.setFetchSize(100_000);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    if (n == xs.length) {
                        xs = Arrays.copyOf(xs, n * 2);
                        zs = Arrays.copyOf(zs, n * 2);
                    }
                    xs[n] = r.getInt(1);
                    zs[n++] = r.getDouble(2);
                }
            }
        }
        return new Spends(Arrays.copyOf(xs, n), Arrays.copyOf(zs, n));
    }
}
