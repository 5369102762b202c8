package hako.delivery;

/**
 * The customer as the safety rules see them at send time: addresses, consents and unsubscribes.
 * {@code known} is false when the trigger names a customer missing from the customer master.
 */
record Recipient(String customerId, boolean known, String name, String email, String lineUserId,
                 boolean consentEmail, boolean consentLine, boolean emailUnsubscribed, boolean lineUnsubscribed) {

    /** The address to use on {@code channel}, or why there is none (the skip reason). */
    Reach reach(Channel channel) {
        if (!known) {
            return new Reach(null, "customer not in the customer master");
        }
        return switch (channel) {
            case EMAIL -> blank(email) ? new Reach(null, "no email address")
                    : !consentEmail ? new Reach(null, "no email consent")
                    : emailUnsubscribed ? new Reach(null, "unsubscribed from email")
                    : new Reach(email.strip(), null);
            case LINE -> blank(lineUserId) ? new Reach(null, "no LINE user id")
                    : !consentLine ? new Reach(null, "no LINE consent")
                    : lineUnsubscribed ? new Reach(null, "unsubscribed from LINE")
                    : new Reach(lineUserId.strip(), null);
        };
    }

    /** An address, or the reason there is none. */
    record Reach(String address, String unreachable) {
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
