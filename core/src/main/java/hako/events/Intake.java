package hako.events;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Where a set of events comes from and how it is stored.
 *
 * @param receivedAt   when they arrived (events.received_at)
 * @param zone         the shop's zone: the local time of orders made from purchases
 * @param dedupeWindow how far back a resent event id is looked for; null: in all stored events
 * @param file         the CSV file they were read from, or null for the API
 */
public record Intake(Instant receivedAt, ZoneId zone, Duration dedupeWindow, String file) {

    /**
     * How far back the API looks for a resent event. Senders retry within minutes (hako.js within a
     * minute); every commit scans the ids received in the window, so it is kept to a day.
     */
    public static final Duration API_DEDUPE_WINDOW = Duration.ofDays(1);

    /** Events posted to the API now. */
    public static Intake api(Instant now, ZoneId zone) {
        return new Intake(now, zone, API_DEDUPE_WINDOW, null);
    }

    /** Events read from a CSV file now: resent ids are looked for in all events. */
    public static Intake file(Instant now, ZoneId zone, String file) {
        return new Intake(now, zone, null, file);
    }

    Instant dedupeFrom() {
        return dedupeWindow == null ? Instant.EPOCH : receivedAt.minus(dedupeWindow);
    }
}
