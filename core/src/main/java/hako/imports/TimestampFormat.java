package hako.imports;

import hako.store.Variables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Finds the one date format an export uses, from a sample of its order dates, so that the bulk
 * of the rows parse with a single {@code strptime} format: trying a list of formats per row costs
 * ten times more. Rows in any other form still go through the general {@code hako_timestamp} macro.
 */
final class TimestampFormat {

    private record Candidate(String format, boolean zoned) {
    }

    private static final List<Candidate> CANDIDATES = List.of(
            new Candidate("%Y-%m-%d %H:%M:%S", false), new Candidate("%Y/%m/%d %H:%M:%S", false),
            new Candidate("%Y-%m-%d %H:%M", false), new Candidate("%Y/%m/%d %H:%M", false),
            new Candidate("%Y-%m-%d", false), new Candidate("%Y/%m/%d", false),
            new Candidate("%Y-%m-%dT%H:%M:%S", false), new Candidate("%Y-%m-%d %H:%M:%S.%f", false),
            new Candidate("%Y-%m-%d %H:%M:%S %z", true),
            new Candidate("%Y-%m-%dT%H:%M:%S%z", true), new Candidate("%Y-%m-%dT%H:%M:%S.%f%z", true));

    private static final String SAMPLE = "(SELECT trim(ordered_at) AS v FROM hako_orders_src"
            + " WHERE nullif(trim(ordered_at), '') IS NOT NULL LIMIT 2000)";

    private TimestampFormat() {
    }

    /** Sets {@code hako_ts_format} and {@code hako_ts_zoned} for {@code orders_stage.sql}. */
    static void detect(Connection c) throws SQLException {
        Candidate chosen = CANDIDATES.get(0);
        for (Candidate candidate : CANDIDATES) {
            if (parsesWholeSample(c, candidate.format())) {
                chosen = candidate;
                break;
            }
        }
        Variables.set(c, "hako_ts_format", chosen.format());
        Variables.set(c, "hako_ts_zoned", chosen.zoned());
    }

    private static boolean parsesWholeSample(Connection c, String format) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT count(*) > 0 AND count(*) = count(try_strptime(v, ?::VARCHAR)) FROM " + SAMPLE)) {
            p.setString(1, format);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        }
    }
}
