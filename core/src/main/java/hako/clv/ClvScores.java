package hako.clv;

import hako.customers.CustomerRow;
import hako.customers.CustomerTable;
import hako.store.InTransaction;
import hako.store.Sql;
import hako.store.Variables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Scores every customer at an as-of date under a fit, set-based: the expected purchases of an active customer
 * depend only on (x, T), so they are computed in Java once per distinct pair (they need 2F1) and joined in SQL
 * with P(alive) and the expected spend, which have closed forms.
 */
public final class ClvScores {

    /** Days of the monthly steps the CLV discounts over: twelve of 365/12 days. */
    static final int MONTHS = 12;
    static final double DAYS_PER_MONTH = 365.0 / MONTHS;

    private ClvScores() {
    }

    /** A customer row with its scores; {@code score} is null for a customer the fit's summary does not hold. */
    public record Scored(CustomerRow customer, ClvScore score) {
    }

    /** Receives scored rows one at a time. */
    @FunctionalInterface
    public interface Sink {
        void accept(Scored row) throws java.io.IOException;
    }

    /** Computes the scores of every customer with a purchase day on or before {@code asOf} into {@code hako_clv_scores}. */
    public static void compute(Connection c, ClvFit fit, LocalDate asOf, ClvSettings settings) throws SQLException {
        new Calibration(asOf, null, fit.calibration().zeroOrders()).summarise(c);
        horizons(c, fit.bgNbd(), settings.monthlyDiscount());
        BgNbd m = fit.bgNbd();
        GammaGamma g = fit.gammaGamma();
        Variables.set(c, "hako_as_of", "DATE", asOf.toString());
        double[] values = {m.r(), m.alpha(), m.a(), m.b(), g.p(), g.q(), g.gamma(), settings.highRiskBelow(),
            settings.lowRiskFrom()};
        String[] names = {"r", "alpha", "a", "b", "p", "q", "gamma", "high_risk_below", "low_risk_from"};
        for (int i = 0; i < names.length; i++) {
            Variables.set(c, "hako_clv_" + names[i], "DOUBLE", values[i]);
        }
        Sql.run(c, ClvScores.class, "scores.sql");
    }

    /** Keeps the scores last computed on {@code c} (at {@code asOf}) in {@code clv_scores}, replacing the stored ones. */
    public static void store(Connection c, ClvFit fit, LocalDate asOf, ClvSettings settings) throws SQLException {
        InTransaction.run(c, () -> {
            Variables.set(c, "hako_as_of", "DATE", asOf.toString());
            Variables.set(c, "hako_clv_data_version", fit.dataVersion());
            Variables.set(c, "hako_clv_settings", settings.toString());
            Sql.run(c, ClvScores.class, "scores_store.sql");
            Sql.run(c, ClvScores.class, "scores_insert.sql");
            StoredScores.copyToSnapshots(c, asOf);
        });
    }

    /** Calls {@code sink} for every customer of the last customer-metrics computation, with the last scores. */
    public static void forEachCustomer(Connection c, Sink sink) throws SQLException, java.io.IOException {
        try (Statement s = c.createStatement()) {
            s.setFetchSize(10_000);
            try (ResultSet r = s.executeQuery(Sql.load(ClvScores.class, "customers_scored.sql"))) {
                while (r.next()) {
                    sink.accept(new Scored(CustomerTable.row(r), r.getObject("p_alive") == null ? null : score(r)));
                }
            }
        }
    }

    /** The scores at the cursor of a result with the columns of {@link ClvScore#COLUMNS}. */
    public static ClvScore score(ResultSet r) throws SQLException {
        return new ClvScore(r.getDouble("p_alive"), r.getDouble("expected_30"), r.getDouble("expected_90"),
                r.getDouble("expected_365"), r.getObject("next_order_date", LocalDate.class),
                r.getBigDecimal("expected_aov"), r.getBigDecimal("clv_365"), ChurnRisk.ofKey(r.getString("churn_risk")));
    }

    /** Fills {@code hako_clv_horizons} for the (x, T) pairs of the summary. */
    private static void horizons(Connection c, BgNbd m, double monthlyDiscount) throws SQLException {
        List<int[]> pairs = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(Sql.load(ClvScores.class, "horizons_needed.sql"));
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                pairs.add(new int[] {r.getInt(1), r.getInt(2)});
            }
        }
        double[][] k = new double[pairs.size()][];
        IntStream.range(0, k.length).parallel()
                .forEach(i -> k[i] = horizon(m, pairs.get(i)[0], pairs.get(i)[1] / BgNbd.DAYS_PER_WEEK, monthlyDiscount));
        Sql.run(c, ClvScores.class, "horizons.sql");
        try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "hako_clv_horizons")) {
            for (int i = 0; i < k.length; i++) {
                a.beginRow();
                a.append(pairs.get(i)[0]);
                a.append(pairs.get(i)[1]);
                for (double v : k[i]) {
                    a.append(v);
                }
                a.endRow();
            }
        }
    }

    /** Expected purchases if alive in 30, 90 and 365 days, and over 365 days discounted month by month. */
    static double[] horizon(BgNbd m, int x, double tWeeks, double monthlyDiscount) {
        double discounted = 0;
        double before = 0;
        for (int month = 1; month <= MONTHS; month++) {
            double now = m.expectedIfAlive(month * DAYS_PER_MONTH / BgNbd.DAYS_PER_WEEK, x, tWeeks);
            discounted += (now - before) / Math.pow(1 + monthlyDiscount, month);
            before = now;
        }
        return new double[] {m.expectedIfAlive(30 / BgNbd.DAYS_PER_WEEK, x, tWeeks),
            m.expectedIfAlive(90 / BgNbd.DAYS_PER_WEEK, x, tWeeks), before, discounted};
    }
}
