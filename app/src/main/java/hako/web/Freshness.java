package hako.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How fresh the shop's numbers are: computed at {@code computedAt}; {@code waiting} purchases from the events API
 * came since and are taken in at {@code nextRefresh} (null when none wait).
 */
public record Freshness(Instant computedAt, long waiting, Instant nextRefresh, ZoneId zone) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** Purchases are waiting: pages say the numbers are not the latest. */
    public boolean behind() {
        return waiting > 0;
    }

    /** When the numbers were computed: HH:mm in the shop's time. */
    public String computedTime() {
        return time(computedAt);
    }

    /** When the waiting purchases are taken in: HH:mm in the shop's time; "—" when none wait. */
    public String nextTime() {
        return nextRefresh == null ? "—" : time(nextRefresh);
    }

    private String time(Instant t) {
        return HH_MM.format(LocalDateTime.ofInstant(t, zone));
    }
}
