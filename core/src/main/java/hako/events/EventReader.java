package hako.events;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks one event as a sender wrote it (field name to text, from JSON or a CSV line) and makes a
 * {@link SiteEvent} of it, or says which field is wrong. The same rules hold for the API and for CSV.
 */
public final class EventReader {

    /** The fields an event may have; anything else is refused, not ignored. */
    public static final Set<String> FIELDS = Set.of("event_id", "type", "occurred_at", "visitor_id", "customer_id",
            "product_code", "product_name", "price", "quantity", "order_id", "url");
    /** The fields of one item of a purchase's or checkout's {@code items}. */
    public static final Set<String> ITEM_FIELDS = Set.of("product_code", "product_name", "price", "quantity", "url");

    private static final int MAX_ID = 128;
    private static final int MAX_TEXT = 500;
    private static final int MAX_URL = 2_048;
    private static final int MAX_QUANTITY = 1_000_000;
    private static final BigDecimal MAX_PRICE = new BigDecimal("1e15");
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Duration FUTURE = Duration.ofDays(1);
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd().append(DateTimeFormatter.ISO_LOCAL_TIME).toFormatter();

    private final Instant now;
    private final ZoneId zone;

    /**
     * @param now  when the events arrive: the time of events that give none, and the limit of the future
     * @param zone the shop's zone, for times written without an offset
     */
    public EventReader(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * The event(s) {@code fields} describes: one, or one per item when {@code items} is not empty (the
     * lines of a purchase), each item's fields over the event's, ids {@code event_id:1}, {@code :2}, ….
     * An event without {@code event_id} gets a null id here: the caller decides what it is.
     */
    public List<SiteEvent> read(Map<String, String> fields, List<Map<String, String>> items) throws BadEvent {
        unknown(fields.keySet(), FIELDS, "");
        if (items.isEmpty()) {
            return List.of(one(fields, fields.get("event_id"), ""));
        }
        EventType type = type(fields);
        if (type != EventType.PURCHASE && type != EventType.CHECKOUT) {
            throw new BadEvent("items", "only purchase and checkout events have items");
        }
        List<SiteEvent> events = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String where = "items[" + i + "].";
            unknown(items.get(i).keySet(), ITEM_FIELDS, where);
            Map<String, String> merged = new java.util.HashMap<>(fields);
            merged.putAll(items.get(i));
            String id = fields.get("event_id");
            events.add(one(merged, id == null ? null : id + ":" + (i + 1), where));
        }
        return events;
    }

    private SiteEvent one(Map<String, String> f, String eventId, String itemPrefix) throws BadEvent {
        EventType type = type(f);
        String visitor = text(f, "visitor_id", MAX_ID, "");
        if (visitor == null) {
            throw new BadEvent("visitor_id", "missing visitor_id: every event names its visitor");
        }
        String customer = text(f, "customer_id", MAX_ID, "");
        if (type == EventType.IDENTIFY && customer == null) {
            throw new BadEvent("customer_id", "missing customer_id: identify links the visitor to a customer");
        }
        String product = text(f, "product_code", MAX_ID, itemPrefix);
        if (type.needsProduct() && product == null) {
            throw new BadEvent(itemPrefix + "product_code", "missing product_code: " + type.key()
                    + " needs the product");
        }
        String order = text(f, "order_id", MAX_ID, "");
        if (type == EventType.PURCHASE && order == null) {
            throw new BadEvent("order_id", "missing order_id: a purchase names its order");
        }
        BigDecimal price = price(f.get("price"), itemPrefix + "price");
        if (type == EventType.PURCHASE && price == null) {
            throw new BadEvent(itemPrefix + "price", "missing price: a purchase gives the unit price of each product");
        }
        Integer quantity = quantity(f.get("quantity"), itemPrefix + "quantity");
        if (quantity == null && (type == EventType.ADD_TO_CART || type == EventType.REMOVE_FROM_CART
                || type == EventType.PURCHASE)) {
            quantity = 1;
        }
        return new SiteEvent(id(eventId), occurredAt(f.get("occurred_at")), type, visitor, customer, product,
                text(f, "product_name", MAX_TEXT, itemPrefix), price, quantity, order, text(f, "url", MAX_URL, ""));
    }

    private static EventType type(Map<String, String> f) throws BadEvent {
        String type = f.get("type");
        if (type == null || type.isBlank()) {
            throw new BadEvent("type", "missing type");
        }
        return EventType.ofKey(type.strip());
    }

    private static String id(String eventId) throws BadEvent {
        if (eventId == null) {
            return null;
        }
        String id = eventId.strip();
        if (id.isEmpty() || id.length() > MAX_ID) {
            throw new BadEvent("event_id", "event_id must be 1–" + MAX_ID + " characters");
        }
        return id;
    }

    private static String text(Map<String, String> f, String name, int max, String prefix) throws BadEvent {
        String value = f.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.strip();
        if (value.length() > max) {
            throw new BadEvent(prefix + name, name + " is longer than " + max + " characters");
        }
        return value;
    }

    private static BigDecimal price(String text, String field) throws BadEvent {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal price;
        try {
            price = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new BadEvent(field, "cannot read \"" + text + "\" as a price");
        }
        if (price.signum() < 0 || price.compareTo(MAX_PRICE) >= 0) {
            throw new BadEvent(field, "price " + text + " is out of range (0 up to 10^15)");
        }
        if (price.stripTrailingZeros().scale() > 2) {
            throw new BadEvent(field, "price " + text + " has more than 2 decimals");
        }
        return price.setScale(2);
    }

    private static Integer quantity(String text, String field) throws BadEvent {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal q = new BigDecimal(text.strip());
            if (q.signum() > 0 && q.stripTrailingZeros().scale() <= 0 && q.compareTo(BigDecimal.valueOf(MAX_QUANTITY)) <= 0) {
                return q.intValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        throw new BadEvent(field, "quantity must be a whole number from 1 to " + MAX_QUANTITY + ", not \"" + text + "\"");
    }

    private Instant occurredAt(String text) throws BadEvent {
        if (text == null || text.isBlank()) {
            return now;
        }
        Instant at = parseTime(text.strip());
        if (at.isBefore(EARLIEST) || at.isAfter(now.plus(FUTURE))) {
            throw new BadEvent("occurred_at", "occurred_at " + text + " is not between 2000 and tomorrow");
        }
        return at;
    }

    private Instant parseTime(String text) throws BadEvent {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(text, LOCAL).atZone(zone).toInstant();
            } catch (DateTimeException e2) {
                throw new BadEvent("occurred_at", "cannot read \"" + text
                        + "\" as a time: use ISO 8601, e.g. 2026-11-23T10:15:00+09:00");
            }
        }
    }

    private static void unknown(Set<String> given, Set<String> known, String prefix) throws BadEvent {
        for (String name : given) {
            if (!known.contains(name)) {
                throw new BadEvent(prefix + name, "unknown field " + prefix + name + "; known: " + new TreeSet<>(known));
            }
        }
    }
}
