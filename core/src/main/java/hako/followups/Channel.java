package hako.followups;

import java.util.Locale;

/** The media a follow-up contact goes through (DOMAIN.md, Channels). */
public enum Channel {
    EMAIL("メール", "Email"),
    LINE("LINE", "LINE"),
    DM("DM（はがき）", "DM postcard"),
    PACKAGE_INSERT("同梱物", "Package insert"),
    PHONE("電話", "Phone"),
    AD_AUDIENCE("広告オーディエンス", "Ad audience");

    private final String ja;
    private final String en;

    Channel(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    /** As stored and written in plan files: {@code package_insert}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? ja : en;
    }

    /** The channel of a key, ignoring case; an unknown key is refused with the known ones. */
    public static Channel ofKey(String key) {
        for (Channel c : values()) {
            if (c.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown channel \"" + key + "\": use one of email, line, dm,"
                + " package_insert, phone, ad_audience");
    }
}
