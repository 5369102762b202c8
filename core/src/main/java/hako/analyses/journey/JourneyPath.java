package hako.analyses.journey;

import java.util.List;

/** A whole path (the items of up to four first purchases), its customers and their share of the group. */
public record JourneyPath(List<String> items, long customers, double share) {

    public JourneyPath {
        items = List.copyOf(items);
    }

    /** {@code P1 > P2 > P1}. */
    public String text() {
        return String.join(" > ", items);
    }
}
