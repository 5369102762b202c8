package hako.automations;

import java.util.Locale;

/**
 * The customer-list upload formats of the big ad platforms, hashed emails only (SHA-256 hex of the
 * trimmed, lower-case address): Google Ads Customer Match (CSV, header {@code Email}; Gmail addresses
 * without the dots of the local part, as Google documents), Meta Custom Audiences (CSV, header
 * {@code email}), Yahoo! JAPAN Ads audience list (a text file of one hash per line, no header).
 */
public enum AudienceFormat {
    GOOGLE("Email", "csv", true),
    META("email", "csv", false),
    YAHOO("", "txt", false);

    private final String header;
    private final String extension;
    private final boolean gmailDots;

    AudienceFormat(String header, String extension, boolean gmailDots) {
        this.header = header;
        this.extension = extension;
        this.gmailDots = gmailDots;
    }

    /** The first line, empty when the platform expects none. */
    public String header() {
        return header;
    }

    public String extension() {
        return extension;
    }

    /** Whether dots in the local part of Gmail addresses are removed before hashing. */
    boolean removesGmailDots() {
        return gmailDots;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code google}, {@code meta} or {@code yahoo} ({@code yahoo-jp} too). */
    public static AudienceFormat ofKey(String key) {
        return switch (key.strip().toLowerCase(Locale.ROOT)) {
            case "google" -> GOOGLE;
            case "meta" -> META;
            case "yahoo", "yahoo-jp", "yahoo_jp" -> YAHOO;
            default -> throw new IllegalArgumentException("unknown audience format \"" + key
                    + "\": use google, meta or yahoo-jp");
        };
    }
}
