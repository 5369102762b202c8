package hako.followups.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The columns of the management sheet, in order. Key columns identify the task and must not be
 * edited (the import checks them against the database); input columns are what the sheet is for.
 */
enum SheetColumn {
    TASK_ID("タスクID", "Task ID", 10, Role.KEY),
    DUE_DATE("予定日", "Due date", 12, Role.KEY),
    CUSTOMER_ID("顧客ID", "Customer ID", 14, Role.KEY),
    NAME("氏名", "Name", 16, Role.INFO),
    PLAN("プラン", "Plan", 22, Role.INFO),
    STEP("ステップ", "Step", 9, Role.KEY),
    MESSAGE("内容", "Message", 40, Role.INFO),
    CHANNEL("チャネル", "Channel", 14, Role.KEY),
    STATUS("状態", "Status", 10, Role.INFO),
    EMAIL("メール", "Email", 26, Role.CONTACT),
    PHONE("電話番号", "Phone", 15, Role.CONTACT),
    POSTAL_CODE("郵便番号", "Postal code", 11, Role.CONTACT),
    ADDRESS("住所", "Address", 36, Role.CONTACT),
    LINE_ID("LINE ID", "LINE user ID", 18, Role.CONTACT),
    OUTCOME("結果", "Outcome", 12, Role.INPUT),
    STAFF("担当者", "Staff", 14, Role.INPUT),
    CONTACTED_ON("連絡日", "Contacted on", 12, Role.INPUT),
    NOTE("メモ", "Note", 30, Role.INPUT);

    /** Key: not to be edited; info: for reading; contact: personal data; input: filled in by staff. */
    enum Role { KEY, INFO, CONTACT, INPUT }

    private final String ja;
    private final String en;
    final double width;
    final Role role;

    SheetColumn(String ja, String en, double width, Role role) {
        this.ja = ja;
        this.en = en;
        this.width = width;
        this.role = role;
    }

    /** Whether the column's text differs on most rows (so it is not worth sharing in an .xlsx). */
    boolean unique() {
        return this == CUSTOMER_ID || this == NAME || role == Role.CONTACT || this == NOTE;
    }

    String header(Locale locale) {
        return Labels.japanese(locale) ? ja : en;
    }

    /** Whether a header cell names this column, in either language. */
    boolean named(String header) {
        String h = header == null ? "" : header.strip();
        return h.equals(ja) || h.equalsIgnoreCase(en);
    }

    /** The columns a sheet has: contact columns only when personal data is included. */
    static List<SheetColumn> of(PersonalData personal) {
        List<SheetColumn> columns = new ArrayList<>();
        for (SheetColumn c : values()) {
            if (c.role != Role.CONTACT || personal == PersonalData.INCLUDED) {
                columns.add(c);
            }
        }
        return columns;
    }
}
