package hako.followups.sheet;

import java.util.Locale;

/** The columns a print or call list can have. */
enum ListField {
    TASK_ID("タスクID", "Task ID", 10),
    DUE_DATE("予定日", "Due date", 12),
    CUSTOMER_ID("顧客ID", "Customer ID", 14),
    NAME("氏名", "Name", 18),
    POSTAL_CODE("郵便番号", "Postal code", 11),
    ADDRESS("住所", "Address", 40),
    PHONE("電話番号", "Phone", 16),
    EMAIL("メール", "Email", 28),
    LINE_ID("LINE ID", "LINE user ID", 20),
    ORDER_ID("注文番号", "Order ID", 16),
    ORDER_DATE("注文日", "Order date", 12),
    ORDER_STATUS("注文状態", "Order status", 14),
    MESSAGE("内容", "Message", 40);

    private final String ja;
    private final String en;
    final double width;

    ListField(String ja, String en, double width) {
        this.ja = ja;
        this.en = en;
        this.width = width;
    }

    String header(Locale locale) {
        return Labels.pick(locale, ja, en);
    }

    boolean date() {
        return this == DUE_DATE || this == ORDER_DATE;
    }

    /** As the database query names it. */
    String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
