package hako.web.automations;

import hako.automations.AutomationSettings;
import hako.automations.Scenario;
import hako.automations.ScenarioSwitches;
import hako.automations.TriggerReport;
import java.util.List;
import java.util.Map;

/** A scenario as the pages show it: its switch, its settings (key, value) and its counts. */
record ScenarioView(Scenario scenario, ScenarioSwitches.Switch state, List<Map.Entry<String, String>> settings,
                    TriggerReport.Counts counts) {

    /** The settings that shape a scenario (the catch-up window applies to all three). */
    static List<String> keys(Scenario s) {
        return switch (s) {
            case CART_ABANDONMENT -> List.of("automation.cart.delay_minutes", "automation.cart.step2_hours",
                    "automation.cart.reentry_days", "automation.catch_up_hours");
            case BROWSE_RETARGETING -> List.of("automation.browse.views", "automation.browse.window_hours",
                    "automation.browse.delay_hours", "automation.browse.cap_days", "automation.browse.audience_days",
                    "automation.catch_up_hours");
            case RECOMMENDATION -> List.of("automation.recommend.days", "automation.recommend.items",
                    "automation.recommend.min_support", "automation.catch_up_hours");
        };
    }

    static ScenarioView of(Scenario s, ScenarioSwitches.Switch state, AutomationSettings settings,
                           TriggerReport.Counts counts) {
        Map<String, String> values = settings.values();
        return new ScenarioView(s, state, keys(s).stream().map(k -> Map.entry(k, values.get(k))).toList(), counts);
    }
}
