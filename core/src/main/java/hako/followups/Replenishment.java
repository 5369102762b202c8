package hako.followups;

import hako.store.Sql;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The replenishment list (DOMAIN.md, "Usage-cycle product"): customers whose usage-cycle product
 * runs out within N days of a day and who have not bought it since, per product.
 */
public final class Replenishment {

    /** The domain's default: due when the run-out date is within the next 7 days. */
    public static final int DEFAULT_DAYS = 7;

    /**
     * One customer due to buy a product again.
     *
     * @param quantity what they bought on their last day of buying it
     * @param daysLeft days from the list's day to the run-out date (0: runs out that day)
     */
    public record Due(String productCode, String productName, String customerId, String customerName,
                      LocalDate lastBought, BigDecimal quantity, int cycleDays, LocalDate runOut, long daysLeft) {
    }

    private Replenishment() {
    }

    /** Who runs out from {@code on} to {@code on} + {@code days}, by product, run-out date and customer. */
    public static List<Due> due(Connection c, LocalDate on, int days) throws SQLException {
        if (days < 0) {
            throw new IllegalArgumentException("days must be 0 or more, not " + days);
        }
        Targeting.runOuts(c, on);
        List<Due> due = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(Sql.load(Replenishment.class, "replenishment.sql"))) {
            p.setInt(1, days);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    due.add(new Due(r.getString("product_code"), r.getString("product_name"), r.getString("customer_id"),
                            r.getString("customer_name"), r.getObject("last_bought", LocalDate.class),
                            r.getBigDecimal("quantity").stripTrailingZeros(), r.getInt("cycle_days"),
                            r.getObject("run_out", LocalDate.class), r.getLong("days_left")));
                }
            }
        }
        return due;
    }
}
