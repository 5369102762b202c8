package hako.followups.sheet;

import hako.followups.Outcome;

/** Where a task stands: still to do, dropped by generation, or ticked off. */
public sealed interface TaskStatus {

    /** Not yet ticked off. */
    record Open() implements TaskStatus {
    }

    /** Not to be done: the customer dropped out (purchased_since, no_consent…). */
    record Dropped(String reason) implements TaskStatus {
    }

    /** Ticked off with an outcome. */
    record Ticked(Outcome outcome) implements TaskStatus {
    }
}
