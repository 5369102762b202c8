package hako.web.board;

import hako.followups.Coverage;
import hako.web.ShopState;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The board's 3-3-2 coverage, computed again only when what it stands on changed: the orders (the data version,
 * which purchases from the events API change at their refresh only), the
 * contacts, the plans, the board's segments or the CLV scores (one small query tells). Computing it targets every
 * customer, far too much for each view of the board at a million customers.
 */
@Component
public class CoverageMemory {

    private static final String STAMP = "SELECT concat_ws('|',"
            + " (SELECT count(*) || ':' || coalesce(max(recorded_at)::VARCHAR, '') FROM contacts),"
            + " (SELECT count(*) || ':' || coalesce(max(updated_at)::VARCHAR, '') FROM followup_plans),"
            + " (SELECT coalesce(max(updated_at)::VARCHAR, '') FROM board_segments),"
            + " (SELECT count(*) || ':' || coalesce(max(scored_at)::VARCHAR, '') FROM clv_score_runs))";

    private final DataSource db;
    private final ShopState shop;
    private String stamp;
    private Coverage coverage;

    CoverageMemory(DataSource db, ShopState shop) {
        this.db = db;
        this.shop = shop;
    }

    /**
     * The customers the plans target on the customer table at {@code asOf} and those meeting 3-3-2 over
     * their contacts up to the shop's contact day for it (today for the latest table).
     */
    public synchronized Coverage at(LocalDate asOf) throws SQLException {
        LocalDate contactsTo = shop.contactDay(asOf);
        long version = shop.dataVersion();
        try (Connection c = db.getConnection()) {
            String now = stamp(c, version);
            if (coverage != null && asOf.equals(coverage.asOf()) && contactsTo.equals(coverage.contactsTo())
                    && now.equals(stamp)) {
                return coverage;
            }
        }
        shop.groupsForPlans(asOf);
        try (Connection c = db.getConnection()) {
            coverage = Coverage.at(c, asOf, contactsTo, shop.settings().rules());
            stamp = stamp(c, version);
            return coverage;
        }
    }

    private static String stamp(Connection c, long dataVersion) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(STAMP)) {
            r.next();
            return dataVersion + "|" + r.getString(1);
        }
    }
}
