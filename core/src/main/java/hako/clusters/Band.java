package hako.clusters;

/**
 * A range of whole values, both ends included: F 4–5, R 31–60 days, M ￥1,000–1,999.
 *
 * @param high the last value in the band, or null when the band is open upwards (10+)
 */
public record Band(long low, Long high) {

    public Band {
        if (high != null && high < low) {
            throw new IllegalArgumentException("band " + low + "–" + high + " ends before it starts");
        }
    }

    /** Whether the band holds a single value (F = 2). */
    public boolean isSingle() {
        return high != null && high == low;
    }

    public boolean isOpen() {
        return high == null;
    }

    /** Whether the band holds {@code value}. */
    public boolean contains(double value) {
        return value >= low && (high == null || value < high + 1);
    }

    /** "1", "4–5", "10+" (money is formatted by the page). */
    public String label() {
        return isOpen() ? low + "+" : isSingle() ? Long.toString(low) : low + "–" + high;
    }
}
