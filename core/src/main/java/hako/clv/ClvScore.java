package hako.clv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One customer's predictions at an as-of date.
 *
 * @param pAlive probability that the customer is still active (BG/NBD)
 * @param expected30 expected purchase days in the next 30 days (also 90 and 365)
 * @param nextOrderDate as-of plus the mean time between purchases at the customer's expected rate if active,
 *                      (α + T) / (r + x) weeks
 * @param expectedAov expected value per purchase day (Gamma-Gamma)
 * @param clv365 expected value of the next 365 days' purchases, discounted monthly
 */
public record ClvScore(double pAlive, double expected30, double expected90, double expected365, LocalDate nextOrderDate,
                       BigDecimal expectedAov, BigDecimal clv365, ChurnRisk churnRisk) {

    /** The columns {@code hako customers} appends when a current fit exists. */
    public static final List<String> COLUMNS = List.of("p_alive", "expected_30", "expected_90", "expected_365",
            "next_order_date", "expected_aov", "clv_365", "churn_risk");

    /** The values of {@link #COLUMNS}: probabilities and expectations with four decimals, money with two. */
    public String[] values() {
        return new String[] {fixed(pAlive), fixed(expected30), fixed(expected90), fixed(expected365),
            nextOrderDate.toString(), expectedAov.toPlainString(), clv365.toPlainString(), churnRisk.key()};
    }

    private static String fixed(double v) {
        return BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
