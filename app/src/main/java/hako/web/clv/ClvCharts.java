package hako.web.clv;

import hako.clv.AliveMatrix;
import hako.clv.ClvDiagnostics;
import hako.clv.HoldoutRow;
import hako.clv.TrackingWeek;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * The diagnostics as chart data for clv.js, written as JSON into {@code data-chart} attributes: numbers rounded
 * for display (the tables beside the charts give them in full).
 */
final class ClvCharts {

    /** Calibration vs holdout: mean holdout purchases per calibration frequency, actual and expected. */
    record Holdout(String kind, String xAxis, List<String> labels, String actualName, List<Double> actual,
                   String expectedName, List<Double> expected) {
    }

    /**
     * Weekly cumulative repeat purchases; {@code holdoutFrom} is the first holdout week's label, or null without a
     * holdout (the last week may reach past the calibration end, which is not a holdout).
     */
    record Tracking(String kind, String xAxis, List<String> weeks, String actualName, List<Long> actual,
                    String expectedName, List<Double> expected, String holdoutFrom, String holdoutName) {
    }

    /** P(alive) in percent: {@code cells} are [recency column, frequency row, percent]. */
    record Matrix(String kind, String xAxis, String yAxis, List<String> columns, List<String> rows,
                  List<double[]> cells) {
    }

    private ClvCharts() {
    }

    static Holdout holdout(ClvDiagnostics d, MessageSourceAccessor text) {
        List<String> labels = new ArrayList<>();
        List<Double> actual = new ArrayList<>();
        List<Double> expected = new ArrayList<>();
        for (HoldoutRow r : d.holdout()) {
            labels.add(r.label());
            actual.add(round(r.actual(), 3));
            expected.add(round(r.expected(), 3));
        }
        return new Holdout("holdout", text.getMessage("clv.page.holdout.frequency"), labels,
                text.getMessage("clv.page.tracking.actual"), actual, text.getMessage("clv.page.tracking.expected"),
                expected);
    }

    static Tracking tracking(ClvDiagnostics d, MessageSourceAccessor text) {
        List<String> weeks = new ArrayList<>();
        List<Long> actual = new ArrayList<>();
        List<Double> expected = new ArrayList<>();
        String holdoutFrom = null;
        for (TrackingWeek w : d.tracking()) {
            String label = Integer.toString(w.week());
            weeks.add(label);
            actual.add(w.actual());
            expected.add(round(w.expected(), 1));
            if (w.inHoldout() && holdoutFrom == null && d.fit().calibration().holdoutEnd() != null) {
                holdoutFrom = label;
            }
        }
        return new Tracking("tracking", text.getMessage("clv.page.tracking.week"), weeks,
                text.getMessage("clv.page.tracking.actual"), actual, text.getMessage("clv.page.tracking.expected"),
                expected, holdoutFrom, text.getMessage("clv.page.tracking.holdout"));
    }

    static Matrix matrix(AliveMatrix m, MessageSourceAccessor text) {
        List<String> columns = new ArrayList<>();
        for (int r : m.recencyWeeks()) {
            columns.add(Integer.toString(r));
        }
        List<String> rows = new ArrayList<>();
        List<double[]> cells = new ArrayList<>();
        for (int i = 0; i < m.frequencies().length; i++) {
            rows.add(Integer.toString(m.frequencies()[i]));
            for (int j = 0; j < columns.size(); j++) {
                cells.add(new double[] {j, i, round(m.pAlive()[i][j] * 100, 1)});
            }
        }
        return new Matrix("matrix", text.getMessage("clv.page.matrix.recency"),
                text.getMessage("clv.page.matrix.frequency"), columns, rows, cells);
    }

    private static double round(double v, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(v * scale) / scale;
    }
}
