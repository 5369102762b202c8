package hako.clv;

import hako.store.InTransaction;
import hako.store.Sql;
import hako.store.Variables;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The scores kept in {@code clv_scores} for the as-of dates that pages show: computed once per date under the
 * current fit and settings, read by segments (filters, sorts, counts) and by one customer's page. A few dates are
 * kept, as for the metric snapshots; a new fit, another data version or other settings make them unreadable.
 */
public final class StoredScores {

    /** How many as-of dates keep their scores. */
    public static final int KEPT = 6;

    private StoredScores() {
    }

    /** Whether {@code clv_scores} holds the scores at {@code asOf} under {@code fit} and {@code settings}. */
    public static boolean isStored(Connection c, ClvFit fit, LocalDate asOf, ClvSettings settings) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.load(StoredScores.class, "scores_stored.sql"))) {
            p.setObject(1, asOf);
            p.setLong(2, fit.dataVersion());
            p.setString(3, settings.toString());
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Scores every customer at {@code asOf} and keeps the scores beside those of other dates, unless they are stored. */
    public static void ensure(Connection c, ClvFit fit, LocalDate asOf, ClvSettings settings) throws SQLException {
        if (isStored(c, fit, asOf, settings)) {
            return;
        }
        ClvScores.compute(c, fit, asOf, settings);
        InTransaction.run(c, () -> {
            Variables.set(c, "hako_as_of", "DATE", asOf.toString());
            Variables.set(c, "hako_clv_data_version", fit.dataVersion());
            Variables.set(c, "hako_clv_settings", settings.toString());
            Variables.set(c, "hako_clv_kept", KEPT);
            Sql.run(c, StoredScores.class, "scores_keep.sql");
            Sql.run(c, StoredScores.class, "scores_insert.sql");
            copyToSnapshots(c, asOf);
        });
        release(c);
    }

    /**
     * Drops the temporary tables a fit, scoring or diagnostics leave on {@code c} (the per-customer summary and
     * scores): a pooled connection would hold them, hundreds of megabytes at a million customers.
     */
    public static void release(Connection c) throws SQLException {
        Sql.run(c, StoredScores.class, "release.sql");
    }

    /**
     * Keeps the copy of the scores in the stored customer tables equal to {@code clv_scores} after scores were
     * stored at {@code scored} (null: only dropped), in the caller's transaction ({@code snapshot_scores.sql}).
     */
    public static void copyToSnapshots(Connection c, LocalDate scored) throws SQLException {
        Variables.set(c, "hako_as_of", "DATE", scored == null ? null : scored.toString());
        Sql.run(c, StoredScores.class, "snapshot_scores.sql");
    }

    /** The stored scores at {@code asOf} of the customers named (those without scores are left out). */
    public static Map<String, ClvScore> of(Connection c, LocalDate asOf, Collection<String> customerIds)
            throws SQLException {
        Map<String, ClvScore> scores = new HashMap<>();
        if (customerIds.isEmpty()) {
            return scores;
        }
        try (PreparedStatement p = c.prepareStatement(Sql.load(StoredScores.class, "scores_of.sql"))) {
            p.setObject(1, asOf);
            p.setArray(2, c.createArrayOf("VARCHAR", customerIds.toArray()));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    scores.put(r.getString("customer_id"), ClvScores.score(r));
                }
            }
        }
        return scores;
    }

    /** Customers and their summed predicted CLV per churn-risk band, over the stored scores at {@code asOf}. */
    public static Map<ChurnRisk, RiskBand> bands(Connection c, LocalDate asOf) throws SQLException {
        Map<ChurnRisk, RiskBand> bands = new EnumMap<>(ChurnRisk.class);
        for (ChurnRisk r : ChurnRisk.values()) {
            bands.put(r, new RiskBand(r, 0, BigDecimal.ZERO));
        }
        try (PreparedStatement p = c.prepareStatement(Sql.load(StoredScores.class, "risk_bands.sql"))) {
            p.setObject(1, asOf);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ChurnRisk risk = ChurnRisk.ofKey(r.getString(1));
                    bands.put(risk, new RiskBand(risk, r.getLong(2), r.getBigDecimal(3)));
                }
            }
        }
        return bands;
    }

    /** One churn-risk band at an as-of date: how many customers, and their predicted 365-day CLV in total. */
    public record RiskBand(ChurnRisk risk, long customers, BigDecimal clv365) {
    }
}
