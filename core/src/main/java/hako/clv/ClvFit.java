package hako.clv;

import hako.customers.MetricSnapshot;
import hako.store.InTransaction;
import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A fit of both models on a shop's orders: BG/NBD on every customer's purchase pattern, Gamma-Gamma on the
 * repeat customers' spend, with the data version it was fitted on (a later import makes it stale).
 *
 * @param customers customers whose first purchase is on or before the calibration end
 * @param repeaters of them, with a repeat purchase day in calibration
 * @param patterns distinct (x, t_x, T) among them
 * @param spendCustomers repeaters with spend, the Gamma-Gamma sample
 */
public record ClvFit(Calibration calibration, long dataVersion, long customers, long repeaters, long patterns,
                     Estimate purchases, long spendCustomers, Estimate spend, LocalDateTime fittedAt) {

    /** Below this many customers the fit is refused. */
    public static final int MIN_CUSTOMERS = 100;
    /** Below this many repeat customers the fit is refused: dropout and spend need repeat purchases to show. */
    public static final int MIN_REPEATERS = 30;

    public BgNbd bgNbd() {
        return BgNbd.of(purchases.values());
    }

    public GammaGamma gammaGamma() {
        return GammaGamma.of(spend.values());
    }

    /** The steps of a fit, in order, as {@link #fit(Connection, Calibration, Consumer)} reports them. */
    public enum Step {
        /** Each customer's repeat purchase days, their timing and spend through the calibration end. */
        SUMMARY,
        /** BG/NBD by maximum likelihood with standard errors. */
        PURCHASES,
        /** Gamma-Gamma by maximum likelihood with standard errors. */
        SPEND
    }

    /** Fits both models on the orders of {@code c} through the calibration, or refuses with the reason. */
    public static ClvFit fit(Connection c, Calibration calibration) throws SQLException {
        return fit(c, calibration, step -> { });
    }

    /** As {@link #fit(Connection, Calibration)}, telling {@code progress} each step as it starts. */
    public static ClvFit fit(Connection c, Calibration calibration, Consumer<Step> progress) throws SQLException {
        progress.accept(Step.SUMMARY);
        long version = MetricSnapshot.dataVersion(c);
        calibration.summarise(c);
        Patterns patterns = Calibration.patterns(c);
        long customers = patterns.customerCount();
        long repeaters = patterns.repeaters();
        if (customers < MIN_CUSTOMERS || repeaters < MIN_REPEATERS) {
            throw new ClvRefused("too little data for a CLV fit through " + calibration.end() + ": " + customers
                    + " customers, " + repeaters + " of them bought again; at least " + MIN_CUSTOMERS + " customers and "
                    + MIN_REPEATERS + " repeat customers are needed (import more history or choose a later"
                    + " --calibration-end)");
        }
        progress.accept(Step.PURCHASES);
        Estimate purchases = BgNbd.fit(patterns);
        progress.accept(Step.SPEND);
        Spends spends = Calibration.spends(c);
        if (spends.size() < MIN_REPEATERS) {
            throw new ClvRefused("too little spend data: " + spends.size() + " repeat customers with an amount above 0;"
                    + " the spend model needs at least " + MIN_REPEATERS);
        }
        Estimate spend = GammaGamma.fit(spends);
        if (spend.values()[1] <= 1) {
            throw new ClvRefused("Gamma-Gamma: q = " + spend.values()[1] + " ≤ 1, so the mean spend per order has no"
                    + " finite expectation; the spend data is too heavy-tailed for the model (check for outlier orders)");
        }
        return new ClvFit(calibration, version, customers, repeaters, patterns.size(), purchases, spends.size(), spend,
                LocalDateTime.now().withNano(0));
    }

    /** Whether this fit was made on the data as it is now (no import since). */
    public boolean isCurrent(Connection c) throws SQLException {
        return dataVersion == MetricSnapshot.dataVersion(c);
    }

    /** Stores this fit in place of the stored one (whose scores are dropped). */
    public void store(Connection c) throws SQLException {
        InTransaction.run(c, () -> {
            Sql.run(c, ClvFit.class, "fit_store.sql");
            StoredScores.copyToSnapshots(c, null);
            try (PreparedStatement p = c.prepareStatement(Sql.load(ClvFit.class, "fit_insert.sql"))) {
                p.setObject(1, fittedAt);
                p.setLong(2, dataVersion);
                p.setObject(3, calibration.end());
                p.setObject(4, calibration.holdoutEnd());
                p.setBoolean(5, calibration.zeroOrders());
                p.setLong(6, customers);
                p.setLong(7, repeaters);
                p.setLong(8, patterns);
                p.setDouble(9, purchases.logLikelihood());
                p.setLong(10, spendCustomers);
                p.setDouble(11, spend.logLikelihood());
                p.executeUpdate();
            }
            storeParameters(c, "bgnbd", BgNbd.NAMES, purchases);
            storeParameters(c, "gamma_gamma", GammaGamma.NAMES, spend);
        });
    }

    /** The stored fit, current or stale; empty when none was stored. */
    public static Optional<ClvFit> stored(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.load(ClvFit.class, "fit_read.sql"));
             ResultSet r = p.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            Calibration calibration = new Calibration(r.getObject("calibration_end", LocalDate.class),
                    r.getObject("holdout_end", LocalDate.class), r.getBoolean("zero_orders"));
            Estimate purchases = readParameters(c, "bgnbd", r.getDouble("bgnbd_ll"));
            Estimate spend = readParameters(c, "gamma_gamma", r.getDouble("spend_ll"));
            return Optional.of(new ClvFit(calibration, r.getLong("data_version"), r.getLong("customers"),
                    r.getLong("repeaters"), r.getLong("patterns"), purchases, r.getLong("spend_customers"), spend,
                    r.getObject("fitted_at", LocalDateTime.class)));
        }
    }

    /** The stored fit if it is current; empty when there is none or the data changed since. */
    public static Optional<ClvFit> current(Connection c) throws SQLException {
        Optional<ClvFit> fit = stored(c);
        return fit.isPresent() && fit.get().isCurrent(c) ? fit : Optional.empty();
    }

    private static void storeParameters(Connection c, String model, String[] names, Estimate e) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.load(ClvFit.class, "parameter_insert.sql"))) {
            for (int i = 0; i < names.length; i++) {
                p.setString(1, model);
                p.setString(2, names[i]);
                p.setInt(3, i);
                p.setDouble(4, e.values()[i]);
                p.setDouble(5, e.standardErrors()[i]);
                p.executeUpdate();
            }
        }
    }

    private static Estimate readParameters(Connection c, String model, double logLikelihood) throws SQLException {
        double[] values = new double[4];
        double[] se = new double[4];
        int n = 0;
        try (PreparedStatement p = c.prepareStatement(Sql.load(ClvFit.class, "parameters_read.sql"))) {
            p.setString(1, model);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    values[n] = r.getDouble(1);
                    se[n++] = r.getDouble(2);
                }
            }
        }
        return new Estimate(java.util.Arrays.copyOf(values, n), java.util.Arrays.copyOf(se, n), logLikelihood, 0, 0);
    }
}
