package hako.clusters;

/** Customers whose F, M or R falls in {@code band}. */
public record BandCount(Band band, long customers) {
}
