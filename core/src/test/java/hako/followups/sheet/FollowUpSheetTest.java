package hako.followups.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import hako.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FollowUpSheetTest {

    private static final TaskRange DECEMBER = TaskRange.month(YearMonth.of(2026, 12));

    private Connection db;

    @BeforeEach
    void shop() throws Exception {
        db = FollowupFixture.shop();
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private byte[] xlsx(PersonalData personal, Locale locale) throws Exception {
        return Workbooks.bytes(out -> FollowUpSheet.export(db, DECEMBER, personal, locale, FileFormat.XLSX, out, "sato"));
    }

    @Test
    void theTaskSheetHasOneRowPerTaskDueInTheRangeButTheDroppedOnes() throws Exception {
        List<List<String>> rows = Workbooks.texts(xlsx(PersonalData.INCLUDED, Locale.JAPANESE), "管理シート");
        assertEquals(List.of("タスクID", "予定日", "顧客ID", "氏名", "プラン", "ステップ", "内容", "チャネル", "状態",
                "メール", "電話番号", "郵便番号", "住所", "LINE ID", "結果", "担当者", "連絡日", "メモ"), rows.get(0));
        assertEquals(List.of("1", Workbooks.serial(LocalDate.of(2026, 12, 1)), "C1", "佐藤 花子",
                "Multi-buyers R30/45/55", "1", "Thank-you mail", "メール", "未対応", "hanako@example.jp",
                "090-1111-2222", "150-0001", "東京都渋谷区神宮前1-1, 101", "U1"), rows.get(1));
        assertEquals("2", rows.get(2).get(0));
        assertEquals(List.of("4", Workbooks.serial(LocalDate.of(2026, 12, 31)), "C2", "鈴木 一郎",
                "Multi-buyers R30/45/55", "3", "Postcard, 10% off", "DM（はがき）", "対応済", "ichiro@example.jp", "",
                "530-0001", "大阪府大阪市北区梅田1-1", "", "済", "佐藤", Workbooks.serial(LocalDate.of(2026, 12, 5)),
                "sent"), rows.get(3));
        assertEquals(4, rows.size());
    }

    @Test
    void droppedTasksAreOnTheirOwnSheetWithTheReason() throws Exception {
        List<List<String>> rows = Workbooks.texts(xlsx(PersonalData.INCLUDED, Locale.JAPANESE), "除外");
        assertEquals(List.of(List.of("タスクID", "予定日", "顧客ID", "氏名", "プラン", "ステップ", "チャネル", "除外理由"),
                List.of("3", Workbooks.serial(LocalDate.of(2026, 12, 1)), "C2", "鈴木 一郎", "Multi-buyers R30/45/55",
                        "1", "メール", "同意なし")), rows);
    }

    @Test
    void theInfoSheetGivesTheRangeAndTheCounts() throws Exception {
        List<List<String>> rows = Workbooks.texts(xlsx(PersonalData.WITHHELD, Locale.JAPANESE), "情報");
        assertEquals(List.of("期間（予定日）", "2026-12-01..2026-12-31"), rows.get(0));
        assertEquals(List.of("タスク数", "3"), rows.get(2));
        assertEquals(List.of("除外タスク数", "1"), rows.get(3));
        assertEquals(List.of("連絡先", "含まない"), rows.get(4));
    }

    @Test
    void withoutPersonalDataThereAreNoContactColumnsAndNoAuditEntry() throws Exception {
        List<List<String>> rows = Workbooks.texts(xlsx(PersonalData.WITHHELD, Locale.ENGLISH), "Follow-ups");
        assertEquals(List.of("Task ID", "Due date", "Customer ID", "Name", "Plan", "Step", "Message", "Channel",
                "Status", "Outcome", "Staff", "Contacted on", "Note"), rows.get(0));
        assertEquals(List.of("4", Workbooks.serial(LocalDate.of(2026, 12, 31)), "C2", "鈴木 一郎",
                "Multi-buyers R30/45/55", "3", "Postcard, 10% off", "DM postcard", "Ticked", "Done", "佐藤",
                Workbooks.serial(LocalDate.of(2026, 12, 5)), "sent"), rows.get(3));
        assertThat(String.join("|", rows.stream().flatMap(List::stream).toList()))
                .doesNotContain("hanako@example.jp", "090-1111-2222", "150-0001", "U1");
        assertEquals(List.of(), AuditLog.recent(db, null, 10));
    }

    @Test
    void anExportWithPersonalDataIsAudited() throws Exception {
        xlsx(PersonalData.INCLUDED, Locale.JAPANESE);
        var entry = AuditLog.recent(db, FollowUpSheet.AUDIT_ACTION, 10).get(0);
        assertEquals("sato", entry.username());
        assertEquals("2026-12-01..2026-12-31 · xlsx · ja", entry.detail());
        assertEquals(4, entry.rows());
    }

    @Test
    void outcomeAndStaffHaveDropDownsAndOnlyInputCellsAreUnlocked() throws Exception {
        byte[] book = xlsx(PersonalData.INCLUDED, Locale.JAPANESE);
        String sheet = Workbooks.part(book, "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("<formula1>\"済,反応なし,購入\"</formula1>", "sqref=\"O2:O4\"",
                "<formula1>'担当者一覧'!$A$1:$A$2</formula1>", "sqref=\"P2:P4\"", "sheet=\"true\"",
                "state=\"frozen\"", "ySplit=\"1\"");
        assertEquals(List.of(List.of("tanaka"), List.of("佐藤")), Workbooks.texts(book, "担当者一覧"));
        assertThat(Workbooks.part(book, "xl/workbook.xml")).containsPattern("name=\"[^\"]+\"[^>]*state=\"hidden\"");
        String styles = Workbooks.part(book, "xl/styles.xml");
        for (String cell : List.of("A2", "B2", "C2", "F2", "H2", "J2")) {
            assertThat(xf(styles, sheet, cell)).as(cell).doesNotContain("locked=\"false\"");
        }
        for (String cell : List.of("O2", "P2", "Q2", "R2")) {
            assertThat(xf(styles, sheet, cell)).as(cell).contains("locked=\"false\"");
        }
        assertThat(xf(styles, sheet, "B2")).contains("numFmtId=\"16");
    }

    /** The cell format (xf element) a cell uses; a cell without one uses the first. */
    private static String xf(String styles, String sheet, String cell) {
        Matcher m = Pattern.compile("<c r=\"" + cell + "\"( s=\"(\\d+)\")?").matcher(sheet);
        assertThat(m.find()).as("cell " + cell).isTrue();
        int index = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String xfs = styles.substring(styles.indexOf("<cellXfs"), styles.indexOf("</cellXfs>"));
        Matcher x = Pattern.compile("<xf [^>]*?(/>|>.*?</xf>)").matcher(xfs);
        for (int i = 0; i <= index; i++) {
            assertThat(x.find()).isTrue();
        }
        return x.group();
    }

    @Test
    void stylesHoldPastTheFirstBlockOfRowsWrittenOut() throws Exception {
        try (var s = db.createStatement()) {
            s.execute("INSERT INTO followup_tasks (task_id, plan_id, step_no, customer_id, channel, anchor_date,"
                    + " due_date, generated_at, dropped_reason) SELECT 100 + i, 'multi', 1, 'C1', 'email',"
                    + " DATE '2026-11-01', DATE '2026-12-02', now(), CASE WHEN i % 2 = 0 THEN 'no_consent' END"
                    + " FROM range(10000) t(i)");
        }
        byte[] book = xlsx(PersonalData.WITHHELD, Locale.JAPANESE);
        assertEquals(5004, Workbooks.texts(book, "管理シート").size());
        assertEquals(5002, Workbooks.texts(book, "除外").size());
        String sheet = Workbooks.part(book, "xl/worksheets/sheet1.xml");
        String styles = Workbooks.part(book, "xl/styles.xml");
        assertThat(xf(styles, sheet, "J5000")).contains("locked=\"false\"");
        assertThat(xf(styles, sheet, "B5004")).contains("numFmtId=\"16").doesNotContain("locked=\"false\"");
        assertThat(sheet).contains("sqref=\"J2:J5004\"");
    }

    @Test
    void theCsvHasEveryTaskWithABomAndTheDroppedReason() throws Exception {
        byte[] csv = Workbooks.bytes(out -> FollowUpSheet.export(db, DECEMBER, PersonalData.INCLUDED, Locale.JAPANESE,
                FileFormat.CSV, out, "sato"));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        String[] lines = text.substring(1).split("\r\n");
        assertEquals(5, lines.length);
        assertEquals("タスクID,予定日,顧客ID,氏名,プラン,ステップ,内容,チャネル,状態,メール,電話番号,郵便番号,住所,LINE ID,"
                + "結果,担当者,連絡日,メモ,除外理由", lines[0]);
        assertEquals("1,2026-12-01,C1,佐藤 花子,Multi-buyers R30/45/55,1,Thank-you mail,メール,未対応,hanako@example.jp,"
                + "090-1111-2222,150-0001,\"東京都渋谷区神宮前1-1, 101\",U1,,,,,", lines[1]);
        assertEquals("3,2026-12-01,C2,鈴木 一郎,Multi-buyers R30/45/55,1,Thank-you mail,メール,除外,ichiro@example.jp,,"
                + "530-0001,大阪府大阪市北区梅田1-1,,,,,,同意なし", lines[2]);
        assertEquals(4, AuditLog.recent(db, FollowUpSheet.AUDIT_ACTION, 1).get(0).rows());
    }
}
