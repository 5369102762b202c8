package hako.automations;

import hako.audit.AuditLog;
import hako.settings.HakoSettings;
import hako.store.InTransaction;
import hako.store.Sql;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

/**
 * The browse-retargeting audience: customers who viewed a product at least {@code automation.browse.views}
 * times within the window during the last {@code automation.browse.audience_days}, without putting it
 * in the cart or buying it since, who agreed to email — written as hashed emails in an ad platform's
 * upload format. Every export is in the audit log: hashed emails are still personal data.
 */
public final class Audience {

    /** The audit action of an audience export. */
    public static final String AUDIT_ACTION = "export_audience";

    private Audience() {
    }

    /**
     * Writes the audience at the clock's instant to {@code out} (lines end with CRLF, as both CSV
     * platforms accept) and records the export for {@code user}.
     *
     * @return how many hashed emails were written
     */
    public static long export(Connection c, Clock clock, HakoSettings settings, AudienceFormat format, Writer out,
                              String user) throws SQLException, IOException {
        long rows = InTransaction.get(c, () -> {
            Automations.prepareTables(c, clock.instant(), settings);
            Interest.find(c, clock.instant(), settings.automations(), true);
            try {
                return write(c, format, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        AuditLog.record(c, user, AUDIT_ACTION, format.key() + " audience", rows);
        return rows;
    }

    private static long write(Connection c, AudienceFormat format, Writer out) throws SQLException, IOException {
        if (!format.header().isEmpty()) {
            out.write(format.header() + "\r\n");
        }
        long n = 0;
        try (PreparedStatement p = c.prepareStatement(Sql.load(Audience.class, "audience.sql"))) {
            p.setBoolean(1, format.removesGmailDots());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.write(r.getString(1) + "\r\n");
                    n++;
                }
            }
        }
        out.flush();
        return n;
    }
}
