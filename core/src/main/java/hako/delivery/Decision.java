package hako.delivery;

import java.time.Instant;

/** What the safety rules decide for one message at send time. */
sealed interface Decision {

    /** Send it to {@code address} now. */
    record Send(String address) implements Decision {
    }

    /** Never send it, for {@code reason}. */
    record Skip(String reason) implements Decision {
    }

    /** Not now: try again at {@code until}. */
    record Postpone(Instant until, String reason) implements Decision {
    }
}
