package hako.followups;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A contact made with a customer: from a ticked task ({@code taskId}) or logged by hand (null).
 *
 * @param staff the staff member who made it, may be null
 * @param note  free text, may be null
 */
public record Contact(LocalDate date, Channel channel, Outcome outcome, String staff, String note, Long taskId,
                      String recordedBy, LocalDateTime recordedAt) {

    public ContactPoint point() {
        return new ContactPoint(date, channel);
    }
}
