package hako.followups.sheet;

/** How to reach a customer, as the customer export gave it; any field may be null. */
public record ContactDetails(String email, String phone, String postalCode, String address, String lineUserId) {
}
