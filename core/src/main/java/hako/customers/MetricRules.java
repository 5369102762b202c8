package hako.customers;

import java.math.BigDecimal;

/**
 * The configurable thresholds behind tiers, clusters, stages and the F2 rate. Defaults are the
 * domain's: acquisition while R ≤ 30 after a first purchase, churn prevention once R &gt; 60, dormant
 * past 365, retention from 4 orders, tiers TOP 1 / 10 / 20 %, F2 within 90 days.
 */
public record MetricRules(int acquisitionDays, int churnDays, int dormantDays, int retentionOrders,
                          BigDecimal top1Percent, BigDecimal top10Percent, BigDecimal top20Percent,
                          int f2WindowDays) {

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
        if (top1Percent.signum() <= 0 || top1Percent.compareTo(top10Percent) > 0
                || top10Percent.compareTo(top20Percent) > 0 || top20Percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("tier percentages must satisfy 0 < top1 (" + top1Percent
                    + ") ≤ top10 (" + top10Percent + ") ≤ top20 (" + top20Percent + ") ≤ 100");
        }
        if (f2WindowDays < 1) {
            throw new IllegalArgumentException("the F2 window must be at least 1 day, not " + f2WindowDays);
        }
    }
}
