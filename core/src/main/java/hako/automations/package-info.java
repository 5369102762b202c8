/**
 * The three standard automations — cart abandonment, browse retargeting, recommendations — deciding
 * from site events, orders and the customer table who gets which message when, written to
 * {@code automation_triggers} for delivery to send. Evaluation is set-based SQL over DuckDB at an
 * instant from an injected {@link java.time.Clock}: idempotent (evaluating again at the same instant
 * adds nothing) and cheap enough to run every minute. Each scenario is switched on or off at runtime
 * ({@link hako.automations.ScenarioSwitches}); the retargeting audience is exported in the customer-list
 * formats of the big ad platforms ({@link hako.automations.Audience}).
 */
package hako.automations;
