package hako.clv;

import hako.store.Sql;
import hako.store.Variables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a fit predicts: calibration versus holdout by calibration frequency, weekly cumulative tracking of
 * repeat purchases, and the P(alive) matrix, as in the BTYD walkthrough's checks.
 */
public final class ClvDiagnostics {

    /** The holdout table groups frequencies from this one up in one row (the walkthrough's "7+"). */
    public static final int HOLDOUT_BINS = 7;
    /** The P(alive) matrix shows frequencies 1 to this. */
    public static final int MATRIX_FREQUENCIES = 10;
    /** The P(alive) matrix has about this many recency columns. */
    public static final int MATRIX_COLUMNS = 10;

    private final ClvFit fit;
    private final List<HoldoutRow> holdout;
    private final List<TrackingWeek> tracking;
    private final AliveMatrix aliveMatrix;

    private ClvDiagnostics(ClvFit fit, List<HoldoutRow> holdout, List<TrackingWeek> tracking, AliveMatrix aliveMatrix) {
        this.fit = fit;
        this.holdout = holdout;
        this.tracking = tracking;
        this.aliveMatrix = aliveMatrix;
    }

    /** The diagnostics of {@code fit}, which must be current: they read the data it was fitted on. */
    public static ClvDiagnostics of(Connection c, ClvFit fit) throws SQLException {
        if (!fit.isCurrent(c)) {
            throw new ClvRefused("the stored CLV fit is older than the last import: run hako clv fit again");
        }
        fit.calibration().summarise(c);
        List<HoldoutRow> holdout = fit.calibration().holdoutEnd() == null ? List.of() : holdout(c, fit);
        Tracked t = tracking(c, fit);
        return new ClvDiagnostics(fit, holdout, t.weeks(), AliveMatrix.of(fit.bgNbd(), t.longestWeeks(),
                MATRIX_FREQUENCIES, MATRIX_COLUMNS));
    }

    public ClvFit fit() {
        return fit;
    }

    /** Empty when the fit has no holdout period. */
    public List<HoldoutRow> holdout() {
        return holdout;
    }

    public List<TrackingWeek> tracking() {
        return tracking;
    }

    public AliveMatrix aliveMatrix() {
        return aliveMatrix;
    }

    private static List<HoldoutRow> holdout(Connection c, ClvFit fit) throws SQLException {
        BgNbd m = fit.bgNbd();
        double horizon = fit.calibration().holdoutWeeks();
        long[] customers = new long[HOLDOUT_BINS + 1];
        double[] actual = new double[HOLDOUT_BINS + 1];
        double[] expected = new double[HOLDOUT_BINS + 1];
        try (PreparedStatement p = c.prepareStatement(Sql.load(ClvDiagnostics.class, "holdout_patterns.sql"));
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                int x = r.getInt(1);
                long n = r.getLong(4);
                int bin = Math.min(x, HOLDOUT_BINS);
                customers[bin] += n;
                actual[bin] += r.getLong(5);
                expected[bin] += n * m.conditionalExpected(horizon, x, r.getInt(2) / BgNbd.DAYS_PER_WEEK,
                        r.getInt(3) / BgNbd.DAYS_PER_WEEK);
            }
        }
        List<HoldoutRow> rows = new ArrayList<>();
        for (int bin = 0; bin <= HOLDOUT_BINS; bin++) {
            if (customers[bin] > 0) {
                rows.add(new HoldoutRow(bin, bin == HOLDOUT_BINS, customers[bin], actual[bin] / customers[bin],
                        expected[bin] / customers[bin]));
            }
        }
        return rows;
    }

    private record Tracked(List<TrackingWeek> weeks, double longestWeeks) {
    }

    private static Tracked tracking(Connection c, ClvFit fit) throws SQLException {
        Map<LocalDate, Long> births = new HashMap<>();
        LocalDate origin = null;
        try (PreparedStatement p = c.prepareStatement(Sql.load(ClvDiagnostics.class, "tracking_births.sql"));
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                LocalDate day = r.getObject(1, LocalDate.class);
                origin = origin == null ? day : origin;
                births.put(day, r.getLong(2));
            }
        }
        if (origin == null) {
            return new Tracked(List.of(), 0);
        }
        Variables.set(c, "hako_clv_origin", "DATE", origin.toString());
        Map<Integer, Long> actual = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(Sql.load(ClvDiagnostics.class, "tracking_actual.sql"));
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                actual.put(r.getInt(1), r.getLong(2));
            }
        }
        BgNbd m = fit.bgNbd();
        LocalDate end = fit.calibration().end();
        int weeks = (int) Math.ceil((ChronoUnit.DAYS.between(origin, fit.calibration().lastDay()) + 1) / BgNbd.DAYS_PER_WEEK);
        List<TrackingWeek> rows = new ArrayList<>();
        long cumulative = 0;
        for (int w = 1; w <= weeks; w++) {
            cumulative += actual.getOrDefault(w, 0L);
            double expected = 0;
            for (Map.Entry<LocalDate, Long> b : births.entrySet()) {
                double age = w - ChronoUnit.DAYS.between(origin, b.getKey()) / BgNbd.DAYS_PER_WEEK;
                expected += age > 0 ? b.getValue() * m.expected(age) : 0;
            }
            LocalDate last = origin.plusDays(7L * w - 1);
            rows.add(new TrackingWeek(w, last, last.isAfter(end), cumulative, expected));
        }
        return new Tracked(rows, ChronoUnit.DAYS.between(origin, end) / BgNbd.DAYS_PER_WEEK);
    }
}
