package hako.followups.sheet;

/**
 * A package-insert list needs to know which orders are not shipped yet, and the order data says
 * nothing about it: no status at all, or none Hako reads as not shipped.
 */
public final class NoShippingStatus extends IllegalStateException {

    public NoShippingStatus(String message) {
        super(message);
    }
}
