package hako.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CDNOW fit's holdout table and weekly tracking against the BTYD walkthrough §4.4. */
class ClvDiagnosticsTest {

    @TempDir
    static Path dir;
    static Connection db;
    static ClvDiagnostics diagnostics;
    /** The same fit with BTYD's own estimate, which the walkthrough's tables were computed with. */
    static ClvDiagnostics btyd;

    @BeforeAll
    static void fit() throws Exception {
        db = CdnowShop.open(dir);
        ClvFit fit = ClvFit.fit(db, CdnowShop.PUBLISHED);
        diagnostics = ClvDiagnostics.of(db, fit);
        Estimate theirs = new Estimate(BgNbdTest.BTYD.values(), fit.purchases().standardErrors(), 0, 1, 1);
        btyd = ClvDiagnostics.of(db, new ClvFit(fit.calibration(), fit.dataVersion(), fit.customers(), fit.repeaters(),
                fit.patterns(), theirs, fit.spendCustomers(), fit.spend(), fit.fittedAt()));
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void holdoutByCalibrationFrequencyMatchesTheWalkthrough() {
        List<HoldoutRow> rows = btyd.holdout();
        List<HoldoutRow> ours = diagnostics.holdout();
        long[] sizes = {1411, 439, 214, 100, 62, 38, 29, 64};
        double[] actual = {0.2367, 0.6970, 1.3925, 1.5600, 2.5323, 2.9474, 3.8621, 6.3594};
        double[] expected = {0.2251, 0.5231, 1.0441, 1.5203, 2.1638, 2.6538, 3.5040, 6.1570};
        assertThat(rows).hasSize(8);
        for (int i = 0; i < 8; i++) {
            HoldoutRow row = rows.get(i);
            assertThat(row.label()).isEqualTo(i == 7 ? "7+" : Integer.toString(i));
            assertThat(row.customers()).isEqualTo(sizes[i]);
            assertThat(BgNbdTest.round(row.actual(), 4)).isEqualTo(actual[i]);
            assertThat(row.expected()).as("expected, frequency %s", row.label()).isCloseTo(expected[i], within(0.00005));
            assertThat(ours.get(i).actual()).isEqualTo(row.actual());
            assertThat(ours.get(i).expected()).isCloseTo(expected[i], within(0.0005));
        }
    }

    @Test
    void weeklyCumulativeTrackingMatchesTheWalkthrough() {
        List<TrackingWeek> weeks = btyd.tracking();
        List<TrackingWeek> ours = diagnostics.tracking();
        assertThat(weeks).hasSize(78);
        long[] actual = {1359, 1414, 1484, 1517, 1573, 1672};
        double[] expected = {1312.458, 1387.346, 1460.392, 1531.713, 1601.418, 1669.6};
        for (int i = 0; i < 6; i++) {
            TrackingWeek w = weeks.get(19 + i);
            assertThat(w.week()).isEqualTo(20 + i);
            assertThat(w.actual()).isEqualTo(actual[i]);
            // six significant digits: ours run ~1e-6 (relative) above the walkthrough's at every week, about what
            // printing its parameters to 7 digits or BTYD's series tolerance for 2F1 accounts for
            assertThat(w.expected()).as("week %d", w.week()).isCloseTo(expected[i], within(expected[i] * 1.5e-6));
            assertThat(ours.get(19 + i).expected()).isCloseTo(expected[i], within(0.01));
        }
        assertThat(weeks.get(77).actual()).isEqualTo(2457 + 1882);
        assertThat(weeks.get(38).inHoldout()).isFalse();
        assertThat(weeks.get(39).inHoldout()).isTrue();
    }

    @Test
    void aliveMatrixFallsWithRecencyAndRisesWithFrequencyWhenRecent() {
        AliveMatrix m = diagnostics.aliveMatrix();
        assertThat(m.tWeeks()).isCloseTo(272 / 7.0, within(1e-9));
        double[][] p = m.pAlive();
        for (double[] row : p) {
            for (int j = 1; j < row.length; j++) {
                assertThat(row[j]).isLessThanOrEqualTo(row[j - 1]);
            }
        }
        assertThat(p[9][0]).isGreaterThan(p[0][0]);
        assertThat(p[9][p[9].length - 1]).isLessThan(p[0][p[0].length - 1]);
    }
}
