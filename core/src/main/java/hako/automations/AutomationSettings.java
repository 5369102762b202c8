package hako.automations;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The delays, windows and caps of the three automations (settings keys {@code automation.*}).
 *
 * @param cartDelay        cart abandonment step 1: no purchase this long after the last cart change
 * @param cartSecondDelay  step 2: still no purchase this long after step 1
 * @param cartReentry      a customer enters cart abandonment at most once per this long
 * @param browseViews      product views that make interest
 * @param browseWindow     ... all within this window
 * @param browseDelay      the message comes this long after the view that completed them
 * @param browseCap        at most one browse message per customer per this long
 * @param audienceWindow   the retargeting audience: customers who showed interest within this long
 * @param recommendDays    recommendations come this many days after a purchase (usage-cycle products:
 *                         at run-out instead)
 * @param recommendItems   at most this many products per recommendation
 * @param minSupport       a product pair counts for lift only when at least this many customers bought both
 * @param catchUp          a message due longer ago than this is not decided any more (history imported
 *                         late, the app stopped for a while): nobody gets a week-old cart reminder
 * @param runEvery         the web app evaluates this often; zero: never by itself
 */
public record AutomationSettings(Duration cartDelay, Duration cartSecondDelay, Duration cartReentry, int browseViews,
                                 Duration browseWindow, Duration browseDelay, Duration browseCap,
                                 Duration audienceWindow, int recommendDays, int recommendItems, int minSupport,
                                 Duration catchUp, Duration runEvery) {

    public static final AutomationSettings DEFAULTS = new AutomationSettings(Duration.ofMinutes(60),
            Duration.ofHours(24), Duration.ofDays(7), 2, Duration.ofHours(24), Duration.ofHours(2), Duration.ofDays(3),
            Duration.ofDays(30), 14, 3, 2, Duration.ofHours(24), Duration.ofSeconds(60));

    /** The settings keys, in the order the settings page and the README list them. */
    public static final List<String> KEYS = List.of("automation.cart.delay_minutes", "automation.cart.step2_hours",
            "automation.cart.reentry_days", "automation.browse.views", "automation.browse.window_hours",
            "automation.browse.delay_hours", "automation.browse.cap_days", "automation.browse.audience_days",
            "automation.recommend.days", "automation.recommend.items", "automation.recommend.min_support",
            "automation.catch_up_hours", "automation.run_every_seconds");

    public AutomationSettings {
        positive("automation.cart.delay_minutes", cartDelay);
        positive("automation.cart.step2_hours", cartSecondDelay);
        positive("automation.cart.reentry_days", cartReentry);
        positive("automation.browse.window_hours", browseWindow);
        positive("automation.browse.cap_days", browseCap);
        positive("automation.browse.audience_days", audienceWindow);
        positive("automation.catch_up_hours", catchUp);
        if (browseDelay.isNegative()) {
            throw new IllegalArgumentException("automation.browse.delay_hours cannot be negative");
        }
        if (runEvery.isNegative()) {
            throw new IllegalArgumentException("automation.run_every_seconds cannot be negative (0: off)");
        }
        atLeast("automation.browse.views", browseViews, 2);
        atLeast("automation.recommend.days", recommendDays, 1);
        atLeast("automation.recommend.items", recommendItems, 1);
        atLeast("automation.recommend.min_support", minSupport, 1);
    }

    private static void positive(String key, Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(key + " must be more than 0");
        }
    }

    private static void atLeast(String key, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(key + " must be at least " + min + ", not " + value);
        }
    }

    /** Each key's value as a settings file writes it, in {@link #KEYS} order. */
    public Map<String, String> values() {
        long[] v = {cartDelay.toMinutes(), cartSecondDelay.toHours(), cartReentry.toDays(), browseViews,
            browseWindow.toHours(), browseDelay.toHours(), browseCap.toDays(), audienceWindow.toDays(), recommendDays,
            recommendItems, minSupport, catchUp.toHours(), runEvery.toSeconds()};
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < KEYS.size(); i++) {
            values.put(KEYS.get(i), Long.toString(v[i]));
        }
        return values;
    }

    /** These settings with the keys given (as in a settings file) replaced; the others are kept. */
    public AutomationSettings with(Map<String, String> given) {
        Map<String, String> v = new LinkedHashMap<>(values());
        KEYS.forEach(k -> v.computeIfPresent(k, (key, old) -> given.getOrDefault(key, old)));
        return new AutomationSettings(Duration.ofMinutes(number(v, "automation.cart.delay_minutes")),
                Duration.ofHours(number(v, "automation.cart.step2_hours")),
                Duration.ofDays(number(v, "automation.cart.reentry_days")),
                (int) number(v, "automation.browse.views"),
                Duration.ofHours(number(v, "automation.browse.window_hours")),
                Duration.ofHours(number(v, "automation.browse.delay_hours")),
                Duration.ofDays(number(v, "automation.browse.cap_days")),
                Duration.ofDays(number(v, "automation.browse.audience_days")),
                (int) number(v, "automation.recommend.days"), (int) number(v, "automation.recommend.items"),
                (int) number(v, "automation.recommend.min_support"),
                Duration.ofHours(number(v, "automation.catch_up_hours")),
                Duration.ofSeconds(number(v, "automation.run_every_seconds")));
    }

    private static long number(Map<String, String> values, String key) {
        String text = values.get(key);
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": \"" + text + "\" is not a whole number");
        }
    }
}
