package hako.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hako.clv.CdnowSample.Customer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From the CDNOW sample's orders in a shop database to the published estimates, stored and read back. */
class ClvFitTest {

    @TempDir
    static Path dir;
    static Connection db;
    static ClvFit fit;

    @BeforeAll
    static void importAndFit() throws Exception {
        db = CdnowShop.open(dir);
        fit = ClvFit.fit(db, CdnowShop.PUBLISHED);
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void ordersInTheDatabaseGiveThePublishedEstimates() {
        double[] bg = fit.purchases().values();
        assertThat(BgNbdTest.round(bg[0], 3)).isEqualTo(0.243);
        assertThat(BgNbdTest.round(bg[1], 3)).isEqualTo(4.414);
        assertThat(BgNbdTest.round(bg[2], 3)).isEqualTo(0.793);
        assertThat(BgNbdTest.round(bg[3], 3)).isEqualTo(2.426);
        assertThat(BgNbdTest.round(fit.purchases().logLikelihood(), 1)).isEqualTo(-9582.4);
        double[] gg = fit.spend().values();
        assertThat(BgNbdTest.round(gg[0], 2)).isEqualTo(6.25);
        assertThat(BgNbdTest.round(gg[1], 2)).isEqualTo(3.74);
        assertThat(BgNbdTest.round(gg[2], 2)).isEqualTo(15.44);
        assertThat(fit.spend().logLikelihood()).isCloseTo(-4055.9177, within(0.00005));
        assertThat(fit.customers()).isEqualTo(2357);
        assertThat(fit.repeaters()).isEqualTo(946);
        assertThat(fit.spendCustomers()).isEqualTo(946);
        assertThat(fit.patterns()).isLessThan(fit.customers());
    }

    @Test
    void theSqlSummaryEqualsThePlainJavaOneAndTheStepsAreToldInOrder() throws Exception {
        List<ClvFit.Step> steps = new ArrayList<>();
        ClvFit.fit(db, CdnowShop.PUBLISHED, steps::add);
        assertThat(steps).containsExactly(ClvFit.Step.SUMMARY, ClvFit.Step.PURCHASES, ClvFit.Step.SPEND);
        Map<String, String> sql = new HashMap<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT customer_id, x, tx_days, t_days, zbar, holdout_x FROM hako_clv_summary")) {
            while (r.next()) {
                sql.put(r.getString(1), r.getInt(2) + " " + r.getInt(3) + " " + r.getInt(4) + " "
                        + String.format("%.6f", r.getDouble(5)) + " " + r.getInt(6));
            }
        }
        List<Customer> java = CdnowSample.customers();
        assertThat(sql).hasSize(java.size());
        for (Customer c : java) {
            assertThat(sql.get(Integer.toString(c.id()))).as("customer %d", c.id()).isEqualTo(c.x() + " " + c.txDays()
                    + " " + c.tDays() + " " + String.format("%.6f", c.zbar()) + " " + c.holdout());
        }
    }

    @Test
    void zeroAmountOrdersAreNotPurchasesByDefault() throws Exception {
        ClvFit plain = ClvFit.fit(db, Calibration.through(CdnowSample.CALIBRATION_END));
        // the eight sample customers whose only order is worth $0.00
        assertThat(plain.customers()).isEqualTo(2349);
        assertThat(plain.repeaters()).isEqualTo(946);
    }

    @Test
    void aStoredFitReadsBackAndGoesStaleAfterAnImport() throws Exception {
        fit.store(db);
        ClvFit read = ClvFit.current(db).orElseThrow();
        assertThat(read.purchases().values()).containsExactly(fit.purchases().values());
        assertThat(read.purchases().standardErrors()).containsExactly(fit.purchases().standardErrors());
        assertThat(read.spend().values()).containsExactly(fit.spend().values());
        assertThat(read.calibration()).isEqualTo(fit.calibration());
        assertThat(read.customers()).isEqualTo(2357);
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO imports SELECT max(import_id) + 1, 'orders', 'later.csv', 0, 0, now() FROM imports");
            assertThat(ClvFit.current(db)).isEmpty();
            assertThat(ClvFit.stored(db)).isPresent();
            s.execute("DELETE FROM imports WHERE files = 'later.csv'");
        }
    }
}
