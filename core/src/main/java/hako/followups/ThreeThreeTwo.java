package hako.followups;

import java.time.LocalDate;

/**
 * The verdict of the 3-3-2 rule, with the best window found: the most contacts (then the most
 * channels, then the earliest) among windows that meet the rule if any do, else among all windows.
 *
 * @param from the first contact of the best window (null when there are no contacts)
 * @param to   the last contact of the best window (null when there are no contacts)
 */
public record ThreeThreeTwo(boolean meets, int contacts, int channels, LocalDate from, LocalDate to) {

    static final ThreeThreeTwo NONE = new ThreeThreeTwo(false, 0, 0, null, null);

    /** "3 contacts · 2 channels · 2026-01-05 – 2026-03-20" */
    public String describe() {
        return contacts + " contact" + (contacts == 1 ? "" : "s") + " · " + channels + " channel"
                + (channels == 1 ? "" : "s") + (from == null ? "" : " · " + from + " – " + to);
    }
}
