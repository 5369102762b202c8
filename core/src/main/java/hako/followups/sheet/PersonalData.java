package hako.followups.sheet;

/**
 * Whether the caller may see customers' contact data (email, phone, postal code, address, LINE id).
 * The web passes it per role; names and ids are shown to everyone.
 */
public enum PersonalData {
    INCLUDED,
    WITHHELD;

    public static PersonalData of(boolean allowed) {
        return allowed ? INCLUDED : WITHHELD;
    }
}
