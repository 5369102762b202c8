package hako.analyses.journey;

/** Customers whose purchase {@code fromStep} was {@code fromItem} and the next one {@code toItem}, and the median days between. */
public record JourneyLink(int fromStep, String fromItem, String toItem, long customers, double medianDays) {

    public String source() {
        return fromStep + ":" + fromItem;
    }

    public String target() {
        return (fromStep + 1) + ":" + toItem;
    }
}
