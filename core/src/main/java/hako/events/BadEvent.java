package hako.events;

/** One event cannot be taken as it is: {@code field} names what is wrong with it. */
public final class BadEvent extends Exception {

    private final String field;

    public BadEvent(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field at fault, as senders name it ({@code price}), or null for the event as a whole. */
    public String field() {
        return field;
    }
}
