package hako.followups;

import java.time.LocalDate;
import java.util.Objects;

/** A contact as the 3-3-2 rule sees it: a day and a channel. */
public record ContactPoint(LocalDate date, Channel channel) {

    public ContactPoint {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(channel, "channel");
    }
}
