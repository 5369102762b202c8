package hako.clusters;

/** Customers whose R falls in {@code recency} and F in {@code frequency}. */
public record HeatCell(Band recency, Band frequency, long customers) {
}
