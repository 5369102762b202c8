package hako.followups.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hako.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fixture's tasks plus one more plan (C1 has every contact field, C2 no phone and no LINE id,
 * C3 no postal code or address); C1 has an order not shipped yet, C2 only shipped ones.
 */
class PrintListsTest {

    private static final TaskRange DECEMBER = TaskRange.month(YearMonth.of(2026, 12));

    private Connection db;

    @BeforeEach
    void shop() throws Exception {
        db = FollowupFixture.shop();
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO followup_plans VALUES ('misc', 'Misc', 'all', true, 'admin', now()::TIMESTAMP)");
            s.execute("INSERT INTO followup_steps VALUES ('misc', 1, 'recency', 20, 'line', 'LINE coupon'),"
                    + " ('misc', 2, 'recency', 25, 'package_insert', 'Sample insert'),"
                    + " ('misc', 3, 'recency', 35, 'dm', 'Winter catalogue')");
            s.execute("INSERT INTO followup_tasks (task_id, plan_id, step_no, customer_id, channel, anchor_date,"
                    + " due_date, generated_at) VALUES"
                    + " (7, 'misc', 3, 'C1', 'dm', DATE '2026-11-05', DATE '2026-12-10', now()),"
                    + " (8, 'misc', 3, 'C3', 'dm', DATE '2026-11-06', DATE '2026-12-11', now()),"
                    + " (9, 'multi', 2, 'C2', 'phone', DATE '2026-10-28', DATE '2026-12-12', now()),"
                    + " (10, 'misc', 1, 'C1', 'line', DATE '2026-11-23', DATE '2026-12-13', now()),"
                    + " (11, 'misc', 1, 'C2', 'line', DATE '2026-11-23', DATE '2026-12-13', now()),"
                    + " (12, 'misc', 2, 'C1', 'package_insert', DATE '2026-11-19', DATE '2026-12-14', now()),"
                    + " (13, 'misc', 2, 'C2', 'package_insert', DATE '2026-11-20', DATE '2026-12-15', now())");
            s.execute("INSERT INTO orders VALUES"
                    + " ('O1', 'C1', TIMESTAMP '2026-11-19 10:00:00', DATE '2026-11-19', 3000, false, '発送済', 1),"
                    + " ('O2', 'C1', TIMESTAMP '2026-12-08 10:00:00', DATE '2026-12-08', 5000, false, '未発送', 1),"
                    + " ('O3', 'C1', TIMESTAMP '2026-12-01 10:00:00', DATE '2026-12-01', 2000, false, 'Pending', 1),"
                    + " ('O4', 'C1', TIMESTAMP '2026-12-09 10:00:00', DATE '2026-12-09', 2000, true, '未発送', 1),"
                    + " ('O5', 'C2', TIMESTAMP '2026-11-20 10:00:00', DATE '2026-11-20', 4000, false, '発送済', 1)");
        }
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private record Written(ListReport report, byte[] bytes) {
        String csv() {
            return new String(bytes, StandardCharsets.UTF_8).substring(1);
        }
    }

    private Written export(ListKind kind, FileFormat format) throws Exception {
        ListReport[] report = new ListReport[1];
        byte[] bytes = Workbooks.bytes(out -> report[0] = PrintLists.export(db, kind, DECEMBER, PersonalData.INCLUDED,
                Locale.JAPANESE, format, out, "sato"));
        return new Written(report[0], bytes);
    }

    @Test
    void dmPostcardsNeedNamePostalCodeAndAddress() throws Exception {
        Written dm = export(ListKind.DM, FileFormat.CSV);
        assertEquals(List.of("タスクID,予定日,顧客ID,氏名,郵便番号,住所,内容",
                "7,2026-12-10,C1,佐藤 花子,150-0001,\"東京都渋谷区神宮前1-1, 101\",Winter catalogue"),
                dm.csv().lines().toList());
        assertEquals(1, dm.report().rows());
        assertEquals(Map.of("郵便番号", 1), dm.report().skipped());
    }

    @Test
    void phoneEmailAndLineListsSkipRowsWithoutTheirContact() throws Exception {
        Written phone = export(ListKind.PHONE_CALL, FileFormat.CSV);
        assertEquals(List.of("タスクID,予定日,顧客ID,氏名,電話番号,内容",
                "2,2026-12-16,C1,佐藤 花子,090-1111-2222,\"Call, ask how it went\""), phone.csv().lines().toList());
        assertEquals(Map.of("電話番号", 1), phone.report().skipped());
        Written email = export(ListKind.EMAIL_AUDIENCE, FileFormat.CSV);
        assertEquals(List.of("タスクID,予定日,顧客ID,氏名,メール,内容",
                "1,2026-12-01,C1,佐藤 花子,hanako@example.jp,Thank-you mail"), email.csv().lines().toList());
        assertEquals(0, email.report().skippedTotal());
        Written line = export(ListKind.LINE_AUDIENCE, FileFormat.CSV);
        assertEquals(List.of("タスクID,予定日,顧客ID,氏名,LINE ID,内容", "10,2026-12-13,C1,佐藤 花子,U1,LINE coupon"),
                line.csv().lines().toList());
        assertEquals(Map.of("LINE ID", 1), line.report().skipped());
    }

    @Test
    void packageInsertsGoWithTheLatestOrderNotShippedYet() throws Exception {
        Written inserts = export(ListKind.PACKAGE_INSERT, FileFormat.CSV);
        assertEquals(List.of("タスクID,予定日,顧客ID,氏名,注文番号,注文日,注文状態,内容",
                "12,2026-12-14,C1,佐藤 花子,O2,2026-12-08,未発送,Sample insert"), inserts.csv().lines().toList());
        assertEquals(Map.of("注文番号", 1), inserts.report().skipped());
    }

    @Test
    void englishStatusesAreRecognisedWhateverTheirCase() throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("DELETE FROM orders WHERE order_id = 'O2'");
        }
        assertThat(export(ListKind.PACKAGE_INSERT, FileFormat.CSV).csv()).contains("12,2026-12-14,C1,佐藤 花子,O3,"
                + "2026-12-01,Pending,Sample insert");
    }

    @Test
    void withoutAnyOrderStatusThePackageInsertListSaysSo() throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("UPDATE orders SET status = NULL");
        }
        NoShippingStatus e = assertThrows(NoShippingStatus.class, () -> export(ListKind.PACKAGE_INSERT, FileFormat.CSV));
        assertThat(e.getMessage()).startsWith("the order data has no shipping status");
        assertEquals(List.of(), AuditLog.recent(db, null, 5));
    }

    @Test
    void theXlsxListHasRealDatesAndEveryExportIsAudited() throws Exception {
        Written dm = export(ListKind.DM, FileFormat.XLSX);
        List<List<String>> rows = Workbooks.texts(dm.bytes(), "DM（はがき）");
        assertEquals(List.of("7", Workbooks.serial(LocalDate.of(2026, 12, 10)), "C1", "佐藤 花子", "150-0001",
                "東京都渋谷区神宮前1-1, 101", "Winter catalogue"), rows.get(1));
        assertEquals(2, rows.size());
        var entry = AuditLog.recent(db, PrintLists.AUDIT_ACTION, 1).get(0);
        assertEquals("dm · 2026-12-01..2026-12-31 · xlsx", entry.detail());
        assertEquals(1, entry.rows());
    }

    @Test
    void aCallerWhoMayNotSeePersonalDataGetsNoList() {
        assertThrows(SecurityException.class, () -> PrintLists.export(db, ListKind.DM, DECEMBER, PersonalData.WITHHELD,
                Locale.JAPANESE, FileFormat.CSV, new java.io.ByteArrayOutputStream(), "viewer"));
    }
}
