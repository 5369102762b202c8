package hako.web.admin;

import hako.automations.AutomationSettings;
import hako.delivery.DeliverySettings;
import hako.customers.MetricRules;
import hako.settings.HakoSettings;
import java.util.List;

/**
 * One setting as the settings page shows it: its key (as written in {@code hako.properties} or
 * {@code --set}), the value in effect and the default. A value that differs from the default came
 * from the settings file or a flag.
 */
public record SettingRow(String key, String value, String defaultValue) {

    public boolean changed() {
        return !value.equals(defaultValue);
    }

    /** The message key of what the setting means, e.g. {@code settings.meaning.stage.churn_days}. */
    public String meaningKey() {
        return "settings.meaning." + key;
    }

    /** The message key of the value's unit (days, orders, %), absent for zone and language. */
    public String unitKey() {
        return "settings.unit." + key;
    }

    /** Every setting, in the order the README lists them. */
    static List<SettingRow> of(HakoSettings settings) {
        List<String> now = values(settings);
        List<String> defaults = values(HakoSettings.DEFAULTS);
        List<String> keys = keys();
        return java.util.stream.IntStream.range(0, keys.size())
                .mapToObj(i -> new SettingRow(keys.get(i), now.get(i), defaults.get(i))).toList();
    }

    static List<String> keys() {
        return concat(List.of("zone", "lang", "stage.acquisition_days", "stage.churn_days", "stage.dormant_days",
                "stage.retention_orders", "tier.top1_percent", "tier.top10_percent", "tier.top20_percent",
                "f2.window_days", "behaviour.heavy_orders", "behaviour.heavy_window_days", "behaviour.seasonal_percent",
                "behaviour.seasonal_years", "behaviour.bulk_items", "clv.monthly_discount", "clv.high_risk_below",
                "clv.low_risk_from", "clv.zero_amount_orders"), hako.settings.RefreshSettings.KEYS, AutomationSettings.KEYS,
                DeliverySettings.KEYS);
    }

    @SafeVarargs
    private static List<String> concat(List<String> a, java.util.Collection<String>... more) {
        List<String> all = new java.util.ArrayList<>(a);
        for (java.util.Collection<String> b : more) {
            all.addAll(b);
        }
        return List.copyOf(all);
    }

    private static List<String> values(HakoSettings s) {
        MetricRules r = s.rules();
        hako.analyses.behaviour.BehaviourRules b = s.behaviours();
        hako.clv.ClvSettings c = s.clv();
        return concat(List.of(s.zone().getId(), s.language().getLanguage(), Integer.toString(r.acquisitionDays()),
                Integer.toString(r.churnDays()), Integer.toString(r.dormantDays()),
                Integer.toString(r.retentionOrders()), r.top1Percent().toPlainString(),
                r.top10Percent().toPlainString(), r.top20Percent().toPlainString(),
                Integer.toString(r.f2WindowDays()), Integer.toString(b.heavyOrders()),
                Integer.toString(b.heavyWindowDays()), Integer.toString(b.seasonalPercent()),
                Integer.toString(b.seasonalYears()), plain(b.bulkItems()), plain(c.monthlyDiscount()),
                plain(c.highRiskBelow()), plain(c.lowRiskFrom()), Boolean.toString(c.zeroOrders())),
                s.refresh().values().values(), s.automations().values().values(), s.delivery().asText().values());
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
