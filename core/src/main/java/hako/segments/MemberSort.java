package hako.segments;

/** The orders a customer list can be sorted in; every one ends on rank so pages never overlap. */
public enum MemberSort {
    RANK("m.rank"),
    FREQUENCY_DESC("m.frequency DESC, m.rank"),
    FREQUENCY_ASC("m.frequency, m.rank"),
    MONETARY_DESC("m.rank"),
    MONETARY_ASC("m.rank DESC"),
    RECENCY_ASC("m.recency_days, m.rank"),
    RECENCY_DESC("m.recency_days DESC, m.rank"),
    FIRST_PURCHASE_DESC("m.first_purchase DESC, m.rank"),
    FIRST_PURCHASE_ASC("m.first_purchase, m.rank"),
    CUSTOMER_ID("m.customer_id"),
    P_ALIVE_DESC("m.p_alive DESC NULLS LAST, m.rank"),
    P_ALIVE_ASC("m.p_alive ASC NULLS LAST, m.rank"),
    CLV_DESC("m.clv_365 DESC NULLS LAST, m.rank"),
    CLV_ASC("m.clv_365 ASC NULLS LAST, m.rank");

    private final String orderBy;

    MemberSort(String orderBy) {
        this.orderBy = orderBy;
    }

    /** The ORDER BY list: constant SQL of this enum, never text from a request. */
    String orderBy() {
        return orderBy;
    }

    /** {@code frequency_desc} as in a URL. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The sort named in a URL, or rank order for an unknown name. */
    public static MemberSort ofKey(String key) {
        for (MemberSort s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return RANK;
    }
}
