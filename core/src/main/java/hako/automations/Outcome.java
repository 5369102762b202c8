package hako.automations;

import java.util.List;
import java.util.Map;

/**
 * What one evaluation did for one scenario: whether it was on, how many messages it decided, how many
 * pending ones it cancelled and why ({@code purchased}, {@code cart_emptied}, {@code scenario_off}),
 * what it left out and why ({@code anonymous}: carts or interest of visitors never merged with a
 * customer; {@code no_products}: a recommendation with nothing to recommend), and the first decisions.
 */
public record Outcome(Scenario scenario, boolean enabled, long decided, Map<String, Long> cancelled,
                      Map<String, Long> skipped, List<Decision> decisions) {

    public long cancelledTotal() {
        return cancelled.values().stream().mapToLong(Long::longValue).sum();
    }
}
