package hako.analyses.decomposition;

import java.util.Locale;

/** The factors of sales = customers × frequency × unit price, and sales itself. */
public enum Factor {
    CUSTOMERS, FREQUENCY, UNIT_PRICE, SALES;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
