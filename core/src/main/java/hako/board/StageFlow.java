package hako.board;

import hako.customers.Stage;

/**
 * Customers who were in {@code from} a month before the as-of date and are in {@code to} now;
 * {@code from} is null for new customers, who had not bought yet a month before.
 */
public record StageFlow(Stage from, Stage to, long customers) {

    /** New customers, not there a month ago. */
    public boolean isNew() {
        return from == null;
    }

    /** Customers who slipped into churn prevention from an active stage. */
    public boolean isLapse() {
        return from != null && from != Stage.CHURN_PREVENTION && to == Stage.CHURN_PREVENTION;
    }

    /** Customers who came back from churn prevention. */
    public boolean isReturn() {
        return from == Stage.CHURN_PREVENTION && to != Stage.CHURN_PREVENTION;
    }
}
