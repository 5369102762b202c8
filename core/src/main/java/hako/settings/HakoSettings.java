package hako.settings;

import hako.automations.AutomationSettings;
import hako.clv.ClvSettings;
import hako.analyses.behaviour.BehaviourRules;
import hako.customers.MetricRules;
import hako.delivery.DeliverySettings;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shop's settings: its time zone, the language of reports, the metric rules, how CLV is scored,
 * the thresholds of the behaviour segments, the automations' delays, windows and caps, and how
 * automated messages are delivered, and how often live purchases are taken into the numbers.
 * {@link #DEFAULTS} holds the domain's defaults; {@link #load} applies a properties file over them.
 */
public record HakoSettings(ZoneId zone, Locale language, MetricRules rules, ClvSettings clv,
                           BehaviourRules behaviours, AutomationSettings automations, DeliverySettings delivery,
                           RefreshSettings refresh) {

    public static final HakoSettings DEFAULTS = new HakoSettings(ZoneId.of("Asia/Tokyo"), Locale.JAPANESE,
            MetricRules.DEFAULTS, ClvSettings.DEFAULTS, BehaviourRules.DEFAULTS, AutomationSettings.DEFAULTS,
            DeliverySettings.DEFAULTS, RefreshSettings.DEFAULTS);

    /** Every key a settings file may hold. */
    public static final Set<String> KEYS = keys("zone", "lang", "stage.acquisition_days", "stage.churn_days",
            "stage.dormant_days", "stage.retention_orders", "tier.top1_percent", "tier.top10_percent",
            "tier.top20_percent", "f2.window_days", "clv.monthly_discount", "clv.high_risk_below", "clv.low_risk_from",
            "clv.zero_amount_orders", "behaviour.heavy_orders", "behaviour.heavy_window_days",
            "behaviour.seasonal_percent", "behaviour.seasonal_years", "behaviour.bulk_items");

    private static Set<String> keys(String... own) {
        Set<String> all = new TreeSet<>(Set.of(own));
        all.addAll(AutomationSettings.KEYS);
        all.addAll(DeliverySettings.KEYS);
        all.addAll(RefreshSettings.KEYS);
        return Set.copyOf(all);
    }

    /** Reads {@code file} (UTF-8 properties) over the defaults; unknown keys are an error, not ignored. */
    public static HakoSettings load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(file + ": unknown setting " + unknown + "; known: " + new TreeSet<>(KEYS));
        }
        try {
            return DEFAULTS.with(Map.copyOf((Map) p));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** These settings with the given keys (as in a settings file) replaced. */
    public HakoSettings with(Map<String, String> values) {
        MetricRules r = rules;
        ZoneId z = values.containsKey("zone") ? zone(values.get("zone")) : zone;
        Locale l = values.containsKey("lang") ? language(values.get("lang")) : language;
        r = new MetricRules(
                integer(values, "stage.acquisition_days", r.acquisitionDays()),
                integer(values, "stage.churn_days", r.churnDays()),
                integer(values, "stage.dormant_days", r.dormantDays()),
                integer(values, "stage.retention_orders", r.retentionOrders()),
                decimal(values, "tier.top1_percent", r.top1Percent()),
                decimal(values, "tier.top10_percent", r.top10Percent()),
                decimal(values, "tier.top20_percent", r.top20Percent()),
                integer(values, "f2.window_days", r.f2WindowDays()));
        ClvSettings v = new ClvSettings(
                decimal(values, "clv.monthly_discount", BigDecimal.valueOf(clv.monthlyDiscount())).doubleValue(),
                decimal(values, "clv.high_risk_below", BigDecimal.valueOf(clv.highRiskBelow())).doubleValue(),
                decimal(values, "clv.low_risk_from", BigDecimal.valueOf(clv.lowRiskFrom())).doubleValue(),
                bool(values, "clv.zero_amount_orders", clv.zeroOrders()));
        BehaviourRules b = behaviours;
        b = new BehaviourRules(
                integer(values, "behaviour.heavy_orders", b.heavyOrders()),
                integer(values, "behaviour.heavy_window_days", b.heavyWindowDays()),
                integer(values, "behaviour.seasonal_percent", b.seasonalPercent()),
                integer(values, "behaviour.seasonal_years", b.seasonalYears()),
                decimal(values, "behaviour.bulk_items", BigDecimal.valueOf(b.bulkItems())).doubleValue());
        return new HakoSettings(z, l, r, v, b, automations.with(values), delivery.with(values),
                refresh.with(values));
    }

    /** {@code ja} or {@code en}. */
    public static Locale language(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "ja" -> Locale.JAPANESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new IllegalArgumentException("unknown language \"" + text + "\": use ja or en");
        };
    }

    /** A time zone id such as {@code Asia/Tokyo}; an unknown one is the user's mistake, not a crash. */
    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone \"" + text + "\": use a name like Asia/Tokyo", e);
        }
    }

    /** {@code key}'s whole number in {@code values}, or {@code fallback} when it is absent. */
    static int integer(Map<String, String> values, String key, int fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": \"" + v + "\" is not a whole number");
        }
    }

    private static boolean bool(Map<String, String> values, String key, boolean fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(key + ": \"" + v + "\" is not true or false");
        };
    }

    private static BigDecimal decimal(Map<String, String> values, String key, BigDecimal fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return new BigDecimal(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": \"" + v + "\" is not a number");
        }
    }
}
