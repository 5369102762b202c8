package hako.events;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One event as checked by {@link EventReader}: a row of {@code events} (or, for {@link EventType#IDENTIFY},
 * only a visitor–customer link).
 *
 * @param eventId    the sender's id (a resent event is stored once), or one made up for it
 * @param occurredAt when it happened on the site (UTC)
 * @param price      unit price, null when not given
 * @param quantity   null when not given (views)
 */
public record SiteEvent(String eventId, Instant occurredAt, EventType type, String visitorId, String customerId,
                        String productCode, String productName, BigDecimal price, Integer quantity, String orderId,
                        String url) {
}
