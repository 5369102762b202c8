package hako.cli;

import hako.clv.AliveMatrix;
import hako.clv.BgNbd;
import hako.clv.ClvDiagnostics;
import hako.clv.ClvFit;
import hako.clv.Estimate;
import hako.clv.GammaGamma;
import hako.clv.HoldoutRow;
import hako.clv.TrackingWeek;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/** The CLV fit and its diagnostics as text tables or CSV. */
final class ClvPrinter {

    private ClvPrinter() {
    }

    static String fit(ClvFit fit) {
        StringBuilder b = new StringBuilder();
        b.append("CLV fit on purchase days through ").append(fit.calibration().end());
        if (fit.calibration().holdoutEnd() != null) {
            b.append(", holdout to ").append(fit.calibration().holdoutEnd());
        }
        b.append(" (time unit: week)\n");
        b.append(String.format(Locale.ROOT, "customers %d, repeat customers %d, distinct (x, t_x, T) patterns %d%n",
                fit.customers(), fit.repeaters(), fit.patterns()));
        b.append(String.format(Locale.ROOT, "%nBG/NBD (purchases), log-likelihood %.4f%n", fit.purchases().logLikelihood()));
        b.append(parameters(BgNbd.NAMES, fit.purchases()));
        b.append(String.format(Locale.ROOT, "%nGamma-Gamma (spend, %d repeat customers), log-likelihood %.4f%n",
                fit.spendCustomers(), fit.spend().logLikelihood()));
        b.append(parameters(GammaGamma.NAMES, fit.spend()));
        b.append(String.format(Locale.ROOT, "population mean spend per purchase day %.2f%n",
                fit.gammaGamma().populationMean()));
        return b.toString();
    }

    private static String parameters(String[] names, Estimate e) {
        TextTable t = new TextTable("parameter", "estimate", "std_error").alignRight(1, 2);
        for (String[] row : parameterRows(names, e)) {
            t.row(row);
        }
        return t.render();
    }

    static List<String[]> parameterRows(String[] names, Estimate e) {
        return java.util.stream.IntStream.range(0, names.length)
                .mapToObj(i -> new String[] {names[i], number(e.values()[i]), number(e.standardErrors()[i])}).toList();
    }

    /** Six significant digits, plain. */
    static String number(double v) {
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** The rows of one diagnostics section, header first. */
    static List<String[]> section(ClvDiagnostics d, ClvDiagnosticsCommand.Section section) {
        List<String[]> rows = new java.util.ArrayList<>();
        switch (section) {
            case parameters -> {
                rows.add(new String[] {"model", "parameter", "estimate", "std_error", "log_likelihood"});
                for (String[] r : parameterRows(BgNbd.NAMES, d.fit().purchases())) {
                    rows.add(new String[] {"bgnbd", r[0], r[1], r[2], fixed(d.fit().purchases().logLikelihood(), 4)});
                }
                for (String[] r : parameterRows(GammaGamma.NAMES, d.fit().spend())) {
                    rows.add(new String[] {"gamma_gamma", r[0], r[1], r[2], fixed(d.fit().spend().logLikelihood(), 4)});
                }
            }
            case holdout -> {
                rows.add(new String[] {"frequency", "customers", "actual", "expected"});
                for (HoldoutRow h : d.holdout()) {
                    rows.add(new String[] {h.label(), Long.toString(h.customers()), fixed(h.actual(), 4),
                        fixed(h.expected(), 4)});
                }
            }
            case tracking -> {
                rows.add(new String[] {"week", "last_day", "period", "actual", "expected"});
                for (TrackingWeek w : d.tracking()) {
                    rows.add(new String[] {Integer.toString(w.week()), w.lastDay().toString(),
                        w.inHoldout() ? "holdout" : "calibration", Long.toString(w.actual()), fixed(w.expected(), 3)});
                }
            }
            case alive -> {
                AliveMatrix m = d.aliveMatrix();
                String[] header = new String[m.recencyWeeks().length + 1];
                header[0] = "frequency\\weeks_since_last";
                for (int j = 0; j < m.recencyWeeks().length; j++) {
                    header[j + 1] = Integer.toString(m.recencyWeeks()[j]);
                }
                rows.add(header);
                for (int i = 0; i < m.frequencies().length; i++) {
                    String[] row = new String[header.length];
                    row[0] = Integer.toString(m.frequencies()[i]);
                    for (int j = 0; j < m.recencyWeeks().length; j++) {
                        row[j + 1] = fixed(m.pAlive()[i][j], 3);
                    }
                    rows.add(row);
                }
            }
            default -> throw new IllegalArgumentException("no single section: " + section);
        }
        return rows;
    }
}
