package hako.analyses.journey;

/** Customers whose {@code step}-th purchase (1–4) was {@code item}. */
public record JourneyNode(int step, String item, String label, long customers) {

    /** A Sankey node id unique in its map: {@code 2:P001}. */
    public String id() {
        return step + ":" + item;
    }
}
