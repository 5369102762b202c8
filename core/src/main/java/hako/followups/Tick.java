package hako.followups;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One task ticked off on the management sheet: how it ended, who did it, when, with a note.
 *
 * @param staff the staff member who made the contact (free text, may be null)
 * @param note  free text, may be null
 */
public record Tick(long taskId, Outcome outcome, String staff, String note, LocalDate contactedOn) {

    public Tick {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(contactedOn, "contactedOn");
    }
}
