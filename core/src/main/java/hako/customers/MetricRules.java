package hako.customers;

import java.math.BigDecimal;

/**
 * The configurable thresholds behind tiers, clusters, stages and the F2 rate. Defaults are the
 * domain's: acquisition while R ≤ 30 after a first purchase, churn prevention once R &gt; 60, dormant
 * past 365, retention from 4 orders, tiers TOP 1 / 10 / 20 %, F2 within 90 days.
 *
 * <p>Tier percentages are exact decimals with at most {@value #PERCENT_DECIMALS} decimal places,
 * kept without trailing zeros, so that {@code 1} and {@code 1.0} are the same rules.
 */
public record MetricRules(int acquisitionDays, int churnDays, int dormantDays, int retentionOrders,
                          BigDecimal top1Percent, BigDecimal top10Percent, BigDecimal top20Percent,
                          int f2WindowDays) {

    /** The finest tier percentage the metrics compute with exactly (they hold it as DECIMAL(18, 8)). */
    public static final int PERCENT_DECIMALS = 8;

    public static final MetricRules DEFAULTS = new MetricRules(30, 60, 365, 4,
            new BigDecimal("1"), new BigDecimal("10"), new BigDecimal("20"), 90);

    public MetricRules {
        if (acquisitionDays < 0 || churnDays < acquisitionDays || dormantDays < churnDays) {
            throw new IllegalArgumentException("stage days must satisfy 0 ≤ acquisition (" + acquisitionDays
                    + ") ≤ churn (" + churnDays + ") ≤ dormant (" + dormantDays + ")");
        }
        if (retentionOrders < 2) {
            throw new IllegalArgumentException("retention orders must be at least 2, not " + retentionOrders);
        }
        top1Percent = exact("top1", top1Percent);
        top10Percent = exact("top10", top10Percent);
        top20Percent = exact("top20", top20Percent);
        if (top1Percent.signum() <= 0 || top1Percent.compareTo(top10Percent) > 0
                || top10Percent.compareTo(top20Percent) > 0 || top20Percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("tier percentages must satisfy 0 < top1 (" + top1Percent.toPlainString()
                    + ") ≤ top10 (" + top10Percent.toPlainString() + ") ≤ top20 (" + top20Percent.toPlainString()
                    + ") ≤ 100");
        }
        if (f2WindowDays < 1) {
            throw new IllegalArgumentException("the F2 window must be at least 1 day, not " + f2WindowDays);
        }
    }

    private static BigDecimal exact(String tier, BigDecimal percent) {
        BigDecimal p = percent.stripTrailingZeros();
        if (p.scale() > PERCENT_DECIMALS) {
            throw new IllegalArgumentException(tier + " percentage " + percent.toPlainString() + " has more than "
                    + PERCENT_DECIMALS + " decimal places; Hako computes tiers with at most " + PERCENT_DECIMALS);
        }
        return p;
    }
}
