package hako.followups;

import java.util.Locale;

/** Why a generated task is not to be done. */
public enum DropReason {
    /** The customer bought after the task's anchor (for run-out tasks: bought the product again). */
    PURCHASED_SINCE("購入済み", "Purchased since"),
    /** The customer's consent for the task's channel is false. */
    NO_CONSENT("同意なし", "No consent"),
    /** No email, LINE id, address or phone for the task's channel. */
    NO_CONTACT("連絡先なし", "No contact details");

    private final String ja;
    private final String en;

    DropReason(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    /** As stored in {@code followup_tasks.dropped_reason}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? ja : en;
    }

    public static DropReason ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
