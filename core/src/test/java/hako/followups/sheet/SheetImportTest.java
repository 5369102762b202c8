package hako.followups.sheet;

import static hako.followups.sheet.FollowupFixture.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hako.followups.Outcome;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sheets written by the exporter, filled in (or tampered with) through fastexcel, imported back. */
class SheetImportTest {

    private static final TaskRange DECEMBER = TaskRange.month(YearMonth.of(2026, 12));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 20);
    // Columns of the Japanese sheet with contact data; rows: 1 = header, 2 = task 1, 3 = task 2, 4 = task 4.
    private static final int TASK = 0;
    private static final int DUE = 1;
    private static final int CUSTOMER = 2;
    private static final int STEP = 5;
    private static final int CHANNEL = 7;
    private static final int OUTCOME = 14;
    private static final int STAFF = 15;
    private static final int CONTACTED = 16;
    private static final int NOTE = 17;

    @TempDir
    Path dir;

    private Connection db;

    @BeforeEach
    void shop() throws Exception {
        db = FollowupFixture.shop();
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private Path filled(Locale locale, Consumer<List<List<Object>>> edit) throws Exception {
        byte[] book = Workbooks.bytes(out -> FollowUpSheet.export(db, DECEMBER, PersonalData.INCLUDED, locale,
                FileFormat.XLSX, out, "sato"));
        Path file = dir.resolve("filled.xlsx");
        Workbooks.copy(book, file, SheetXlsx.mainSheetName(locale), rows -> {
            edit.accept(rows);
            return rows;
        });
        return file;
    }

    /** Sets a cell; {@code row} is the Excel row number. */
    private static void set(List<List<Object>> rows, int row, int column, Object value) {
        while (rows.size() < row) {
            rows.add(new ArrayList<>());
        }
        List<Object> cells = rows.get(row - 1);
        while (cells.size() <= column) {
            cells.add(null);
        }
        cells.set(column, value);
    }

    /** A row's key columns as a person would type them for a task not on the sheet. */
    private static void keys(List<List<Object>> rows, int row, Object task, LocalDate due, String customer, int step,
                             String channel) {
        set(rows, row, TASK, task);
        set(rows, row, DUE, due);
        set(rows, row, CUSTOMER, customer);
        set(rows, row, STEP, new BigDecimal(step));
        set(rows, row, CHANNEL, channel);
    }

    private SheetImportReport importFile(Path file) throws Exception {
        return SheetImport.apply(db, file, "sato", TODAY);
    }

    private List<String> problems(Path file) {
        SheetRefused refused = assertThrows(SheetRefused.class, () -> importFile(file));
        return refused.problems().stream().map(SheetProblem::toString).toList();
    }

    private void nothingApplied() throws Exception {
        assertEquals("1|1", one(db, "SELECT (SELECT count(*) FROM contacts) || '|' || count(outcome) FROM followup_tasks"));
    }

    @Test
    void rowsWithAnOutcomeAreTickedAndTheRestLeftAsTheyAre() throws Exception {
        Path file = filled(Locale.JAPANESE, rows -> {
            set(rows, 2, OUTCOME, "済");
            set(rows, 2, STAFF, "田中");
            set(rows, 2, CONTACTED, LocalDate.of(2026, 12, 2));
            set(rows, 2, NOTE, "メール送信");
            set(rows, 3, OUTCOME, "購入");
        });
        SheetImportReport report = importFile(file);
        assertEquals(Map.of(Outcome.DONE, 1, Outcome.NO_ANSWER, 0, Outcome.PURCHASED, 1), report.applied());
        assertEquals(1, report.unchanged());
        assertEquals(0, report.untouched());
        assertEquals("1|C1|2026-12-02|email|done|田中|メール送信|sato", one(db, "SELECT count(*) || '|' || any_value("
                + "customer_id || '|' || contacted_on || '|' || channel || '|' || outcome || '|' || staff || '|' || note"
                + " || '|' || recorded_by) FROM contacts WHERE task_id = 1"));
        assertEquals("2026-12-20|purchased|null", one(db, "SELECT contacted_on || '|' || outcome || '|'"
                + " || coalesce(staff, 'null') FROM contacts WHERE task_id = 2"));
        assertEquals("3", one(db, "SELECT count(*) FROM contacts"));
        assertEquals("done|田中|sato", one(db, "SELECT outcome || '|' || staff || '|' || ticked_by FROM followup_tasks"
                + " WHERE task_id = 1"));
    }

    @Test
    void theSheetAsExportedChangesNothing() throws Exception {
        SheetImportReport report = importFile(filled(Locale.JAPANESE, rows -> { }));
        assertEquals(0, report.appliedTotal());
        assertEquals(1, report.unchanged());
        assertEquals(2, report.untouched());
        assertEquals("2026-12-05 10:00:00", one(db, "SELECT strftime(recorded_at, '%Y-%m-%d %H:%M:%S') FROM contacts"
                + " WHERE task_id = 4"));
    }

    @Test
    void anEnglishSheetTakesEnglishOutcomesAndAnEmptyDateKeepsTheEarlierTicksDate() throws Exception {
        SheetImportReport report = importFile(filled(Locale.ENGLISH, rows -> {
            set(rows, 2, OUTCOME, "No answer");
            set(rows, 4, OUTCOME, "Purchased");
            set(rows, 4, CONTACTED, null);
        }));
        assertEquals(Map.of(Outcome.DONE, 0, Outcome.NO_ANSWER, 1, Outcome.PURCHASED, 1), report.applied());
        assertEquals("2026-12-05|purchased", one(db, "SELECT contacted_on || '|' || outcome FROM contacts"
                + " WHERE task_id = 4"));
        assertEquals("2026-12-20|no_answer", one(db, "SELECT contacted_on || '|' || outcome FROM contacts"
                + " WHERE task_id = 1"));
    }

    @Test
    void anEmptiedOutcomeDoesNotUndoATick() throws Exception {
        SheetImportReport report = importFile(filled(Locale.JAPANESE, rows -> set(rows, 4, OUTCOME, null)));
        assertEquals(1, report.outcomeRemoved());
        assertEquals("done", one(db, "SELECT outcome FROM followup_tasks WHERE task_id = 4"));
    }

    @Test
    void editedKeyColumnsAreListedByRowAndColumnAndNothingIsApplied() throws Exception {
        Path file = filled(Locale.JAPANESE, rows -> {
            set(rows, 2, OUTCOME, "済");
            set(rows, 2, CUSTOMER, "C9");
            set(rows, 3, DUE, LocalDate.of(2026, 12, 17));
            set(rows, 3, CHANNEL, "メール");
            set(rows, 4, STEP, new BigDecimal(2));
            set(rows, 4, OUTCOME, "反応なし");
        });
        assertEquals(List.of(
                "row 2, 顧客ID: edited key column: task 1 is for customer C1, the sheet says \"C9\"",
                "row 3, 予定日: edited key column: task 2 is due 2026-12-16, the sheet says \"2026-12-17\"",
                "row 3, チャネル: edited key column: task 2 goes by 電話 (phone), the sheet says \"メール\"",
                "row 4, ステップ: edited key column: task 4 is step 3, the sheet says \"2\""), problems(file));
        nothingApplied();
    }

    @Test
    void rowsSortedOnOneColumnOnlyAreCaughtByTheKeys() throws Exception {
        Path file = filled(Locale.JAPANESE, rows -> {
            Object first = rows.get(1).get(CUSTOMER);
            rows.get(1).set(CUSTOMER, rows.get(3).get(CUSTOMER));
            rows.get(3).set(CUSTOMER, first);
            set(rows, 2, OUTCOME, "済");
        });
        assertThat(problems(file)).hasSize(2).allMatch(p -> p.contains("顧客ID: edited key column"));
        nothingApplied();
    }

    @Test
    void unreadableCellsUnknownAndDroppedTasksAreAllListed() throws Exception {
        Path file = filled(Locale.JAPANESE, rows -> {
            set(rows, 2, OUTCOME, "OK");
            set(rows, 3, OUTCOME, "済");
            set(rows, 3, CONTACTED, "2026-13-01");
            set(rows, 4, CONTACTED, LocalDate.of(2026, 12, 24));
            set(rows, 5, TASK, new BigDecimal(99));
            set(rows, 5, OUTCOME, "済");
            keys(rows, 6, new BigDecimal(3), LocalDate.of(2026, 12, 1), "C2", 1, "メール");
            set(rows, 6, OUTCOME, "済");
            keys(rows, 7, "1", LocalDate.of(2026, 12, 1), "C1", 1, "email");
            set(rows, 8, TASK, "abc");
            set(rows, 9, OUTCOME, "購入");
        });
        assertEquals(List.of(
                "row 2, 結果: unknown outcome \"OK\": use 済, 反応なし or 購入 (done, no_answer, purchased)",
                "row 3, 連絡日: \"2026-13-01\" is not a date (write it as 2026-12-05)",
                "row 4, 連絡日: 2026-12-24 is after today (2026-12-20)",
                "row 5, タスクID: no task 99 in Hako",
                "row 6, 結果: task 3 was dropped (no_consent) and is not to be done",
                "row 7, タスクID: task 1 is also on row 2",
                "row 8, タスクID: \"abc\" is not a task id",
                "row 9, タスクID: an outcome without a task id"), problems(file));
        nothingApplied();
    }

    @Test
    void aMissingColumnIsNamedInBothLanguages() throws Exception {
        Path file = filled(Locale.JAPANESE, rows -> rows.forEach(r -> r.remove(OUTCOME)));
        assertEquals(List.of("missing column 結果 / Outcome in the header row (row 1)"), problems(file));
    }

    @Test
    void aWorkbookWithoutTheTaskSheetIsRefused() throws Exception {
        byte[] book = Workbooks.bytes(out -> FollowUpSheet.export(db, DECEMBER, PersonalData.INCLUDED,
                Locale.JAPANESE, FileFormat.XLSX, out, "sato"));
        Path file = dir.resolve("renamed.xlsx");
        Workbooks.copy(book, file, "none", rows -> rows);
        Path other = dir.resolve("other.xlsx");
        try (var os = Files.newOutputStream(other); var wb = new org.dhatim.fastexcel.Workbook(os, "x", "1.0")) {
            wb.newWorksheet("Sheet1").value(0, 0, "hello");
        }
        assertThat(problems(other).get(0)).isEqualTo("no sheet named 管理シート or Follow-ups (the workbook has: Sheet1)");
        assertEquals(0, importFile(file).appliedTotal());
    }

    @Test
    void filesThatAreNotXlsxAreRefusedWithTheReason() throws Exception {
        Path csv = dir.resolve("sheet.xlsx");
        Files.writeString(csv, "タスクID,結果\n1,済\n", StandardCharsets.UTF_8);
        assertEquals(List.of("not an .xlsx workbook"), problems(csv));
        Path xls = dir.resolve("old.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1, 0, 0, 0, 0});
        assertThat(problems(xls).get(0)).startsWith("an old .xls or password-protected workbook");
        Path broken = dir.resolve("broken.xlsx");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertThat(problems(broken).get(0)).startsWith("cannot read the workbook");
        Path empty = dir.resolve("empty.xlsx");
        Files.write(empty, new byte[0]);
        assertEquals(List.of("not an .xlsx workbook"), problems(empty));
        nothingApplied();
    }
}
