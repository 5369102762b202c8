package hako.clv;

import static org.assertj.core.api.Assertions.assertThat;

import hako.customers.MetricRules;
import hako.customers.MetricSnapshot;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stored customer tables keep a copy of the stored CLV scores (V17__snapshot_scores.sql, read by the customer
 * list): equal to {@code clv_scores} row for row however the two are written — scores stored into a snapshot
 * already taken, a snapshot taken after its scores, scores replaced, a new fit dropping them all.
 */
class SnapshotScoresTest {

    static final LocalDate AS_OF = CdnowSample.CALIBRATION_END;
    static final LocalDate EARLIER = AS_OF.minusDays(28);

    @TempDir
    Path dir;

    @Test
    void theCopyInTheCustomerTablesFollowsEveryChangeOfTheStoredScores() throws Exception {
        try (Connection db = CdnowShop.open(dir)) {
            ClvFit fit = ClvFit.fit(db, CdnowShop.PUBLISHED);
            fit.store(db);

            MetricSnapshot.take(db, AS_OF, MetricRules.DEFAULTS);
            assertThat(copies(db, AS_OF)).isZero();
            StoredScores.ensure(db, fit, AS_OF, ClvSettings.DEFAULTS);
            long scoredAtEnd = scores(db, AS_OF);
            assertThat(scoredAtEnd).isGreaterThan(1_000);
            assertThat(copies(db, AS_OF)).isEqualTo(scoredAtEnd);
            assertThat(differences(db)).isZero();

            StoredScores.ensure(db, fit, EARLIER, ClvSettings.DEFAULTS);
            MetricSnapshot.take(db, EARLIER, MetricRules.DEFAULTS);
            assertThat(copies(db, EARLIER)).isEqualTo(scores(db, EARLIER)).isPositive();
            assertThat(copies(db, AS_OF)).isEqualTo(scoredAtEnd);
            assertThat(differences(db)).isZero();

            ClvSettings other = new ClvSettings(0.01, 0.6, 0.7, false);
            ClvScores.compute(db, fit, AS_OF, other);
            ClvScores.store(db, fit, AS_OF, other);
            assertThat(copies(db, EARLIER)).isZero();
            assertThat(copies(db, AS_OF)).isEqualTo(scoredAtEnd);
            assertThat(count(db, "SELECT count(*) FROM customer_metrics WHERE as_of = '" + AS_OF
                    + "' AND churn_risk = 'high'")).isEqualTo(count(db, "SELECT count(*) FROM clv_scores WHERE as_of = '"
                    + AS_OF + "' AND p_alive < 0.6"));
            assertThat(differences(db)).isZero();

            ClvFit.fit(db, CdnowShop.PUBLISHED).store(db);
            assertThat(count(db, "SELECT count(*) FROM customer_metrics WHERE p_alive IS NOT NULL"
                    + " OR clv_365 IS NOT NULL OR churn_risk IS NOT NULL")).isZero();
            assertThat(count(db, "SELECT count(*) FROM customer_metrics")).isPositive();
        }
    }

    /** Rows of the customer tables whose copy differs from the scores stored for their date and customer. */
    private static long differences(Connection db) throws SQLException {
        return count(db, "SELECT count(*) FROM customer_metrics m"
                + " LEFT JOIN clv_scores s ON s.as_of = m.as_of AND s.customer_id = m.customer_id"
                + " WHERE m.p_alive IS DISTINCT FROM s.p_alive OR m.expected_30 IS DISTINCT FROM s.expected_30"
                + " OR m.expected_90 IS DISTINCT FROM s.expected_90 OR m.expected_365 IS DISTINCT FROM s.expected_365"
                + " OR m.next_order_date IS DISTINCT FROM s.next_order_date"
                + " OR m.expected_aov IS DISTINCT FROM s.expected_aov OR m.clv_365 IS DISTINCT FROM s.clv_365"
                + " OR m.churn_risk IS DISTINCT FROM s.churn_risk");
    }

    private static long copies(Connection db, LocalDate asOf) throws SQLException {
        return count(db, "SELECT count(*) FROM customer_metrics WHERE as_of = '" + asOf + "' AND p_alive IS NOT NULL");
    }

    /** Scores stored at {@code asOf} of customers in the customer table then (those with a purchase above 0). */
    private static long scores(Connection db, LocalDate asOf) throws SQLException {
        return count(db, "SELECT count(*) FROM clv_scores s SEMI JOIN customer_metrics m"
                + " ON m.as_of = s.as_of AND m.customer_id = s.customer_id WHERE s.as_of = '" + asOf + "'");
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
