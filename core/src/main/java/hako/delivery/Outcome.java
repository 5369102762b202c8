package hako.delivery;

/** What a channel said about one send. */
sealed interface Outcome {

    /** Accepted by the server (SMTP 250, LINE 200). */
    record Delivered() implements Outcome {
    }

    /** Worth retrying later: SMTP 4xx or no connection, LINE 429 or 5xx or no connection. */
    record Transient(String reason) implements Outcome {
    }

    /** Retrying will not help: SMTP 5xx, LINE 4xx other than 429. */
    record Permanent(String reason) implements Outcome {
    }
}
