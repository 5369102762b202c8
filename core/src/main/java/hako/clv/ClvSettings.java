package hako.clv;

/**
 * How customers are scored: the monthly discount rate of the predicted CLV, the P(alive) thresholds of the
 * churn-risk bands, and whether orders of amount 0 count as purchase days in a new fit.
 *
 * @param monthlyDiscount the discount rate per month (0.01 = 1 % a month, about 12.7 % a year)
 * @param highRiskBelow P(alive) below this is high churn risk
 * @param lowRiskFrom P(alive) from this up is low churn risk; in between, medium
 */
public record ClvSettings(double monthlyDiscount, double highRiskBelow, double lowRiskFrom, boolean zeroOrders) {

    public static final ClvSettings DEFAULTS = new ClvSettings(0.01, 0.3, 0.7, false);

    public ClvSettings {
        if (!(monthlyDiscount >= 0 && monthlyDiscount < 1)) {
            throw new IllegalArgumentException("clv.monthly_discount must be at least 0 and below 1, not " + monthlyDiscount);
        }
        if (!(highRiskBelow > 0 && highRiskBelow <= lowRiskFrom && lowRiskFrom <= 1)) {
            throw new IllegalArgumentException("churn-risk thresholds need 0 < clv.high_risk_below (" + highRiskBelow
                    + ") <= clv.low_risk_from (" + lowRiskFrom + ") <= 1");
        }
    }

    /** The band of a probability alive. */
    public ChurnRisk risk(double pAlive) {
        return pAlive < highRiskBelow ? ChurnRisk.HIGH : pAlive < lowRiskFrom ? ChurnRisk.MEDIUM : ChurnRisk.LOW;
    }
}
