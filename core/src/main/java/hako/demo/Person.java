package hako.demo;

/**
 * A customer's master data as the shop holds it.
 *
 * @param lineUserId empty when the customer has not added the shop's LINE account
 * @param referredBy the id of the customer who referred them, empty if nobody did
 */
record Person(String name, String email, String phone, String postalCode, String prefecture, String address,
              String lineUserId, boolean emailConsent, boolean lineConsent, boolean dmConsent, boolean phoneConsent,
              String referredBy) {
}
