package hako.analyses.decomposition;

import java.util.Locale;

/** Whose purchases a row counts: everyone's, new customers' (first purchase in the month) or the others'. */
public enum Buyers {
    ALL, NEW, EXISTING;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Buyers ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
