package hako.automations;

import java.time.Instant;

/**
 * One message an evaluation decided: who, why ({@code triggerKey}: the cart's first add_to_cart event,
 * the view that completed the interest, the order), which step, when it is due, and the items (JSON
 * array as stored in {@code automation_triggers.items}); {@code summary} is the items in a few words.
 */
public record Decision(Scenario scenario, String customerId, String triggerKey, int step, Instant dueAt, String items,
                       String link, String summary) {
}
