package hako.events;

/**
 * Events were committed. {@code orders} purchases became new orders, so the shop's numbers changed
 * ({@code importId} is the data version they were recorded under; 0 when none).
 */
public record EventsStored(long events, long orders, long importId) {
}
