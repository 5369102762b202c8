package hako.analyses.behaviour;

import hako.analyses.facts.AnalysisFacts;

/**
 * The thresholds of the behaviour segments (settings {@code behaviour.*}):
 * <ul>
 * <li>heavy user: at least {@code heavyOrders} (2–50: the facts keep the 50 latest purchases) purchases in
 *     the last {@code heavyWindowDays} days to as-of;</li>
 * <li>one-time buyer: exactly one purchase;</li>
 * <li>seasonal buyer: at least two purchases, and the calendar month they bought in most often (ties: the
 *     earlier month) holds at least {@code seasonalPercent} % of their purchases, in at least
 *     {@code seasonalYears} different years;</li>
 * <li>bulk buyer: on average at least {@code bulkItems} items (units) per order with product lines.</li>
 * </ul>
 */
public record BehaviourRules(int heavyOrders, int heavyWindowDays, int seasonalPercent, int seasonalYears,
                             double bulkItems) {

    public static final BehaviourRules DEFAULTS = new BehaviourRules(6, 365, 75, 2, 5);

    public BehaviourRules {
        if (heavyOrders < 2 || heavyOrders > AnalysisFacts.RECENT_DATES || heavyWindowDays < 1) {
            throw new IllegalArgumentException("heavy users need 2–" + AnalysisFacts.RECENT_DATES
                    + " orders in at least 1 day, not " + heavyOrders + " in " + heavyWindowDays);
        }
        if (seasonalPercent < 1 || seasonalPercent > 100 || seasonalYears < 2) {
            throw new IllegalArgumentException("seasonal buyers need a share of 1–100 % (not " + seasonalPercent
                    + ") over at least 2 years (not " + seasonalYears + ")");
        }
        if (!(bulkItems > 1)) {
            throw new IllegalArgumentException("bulk buyers need more than 1 item per order, not " + bulkItems);
        }
    }
}
