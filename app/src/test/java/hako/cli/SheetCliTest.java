package hako.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import hako.audit.AuditLog;
import hako.store.ShopDatabase;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hako followups export and hako sheet import on a database file with two December tasks. */
class SheetCliTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void tasks() throws Exception {
        db = dir.resolve("shop.duckdb").toString();
        try (Connection c = ShopDatabase.open(Path.of(db)); Statement s = c.createStatement()) {
            s.execute("INSERT INTO followup_plans VALUES ('one', 'One-time buyers', 'cluster:one_time', true, 'admin',"
                    + " TIMESTAMP '2026-11-01 09:00:00')");
            s.execute("INSERT INTO followup_steps VALUES ('one', 1, 'since_first', 3, 'email', 'How to use it')");
            s.execute("INSERT INTO customers (customer_id, name, email, import_id) VALUES"
                    + " ('M1', '山田 太郎', 'taro@example.jp', 1), ('M2', '川口 葵', 'aoi@example.jp', 1)");
            s.execute("INSERT INTO followup_tasks (task_id, plan_id, step_no, customer_id, channel, anchor_date,"
                    + " due_date, generated_at) VALUES"
                    + " (10, 'one', 1, 'M1', 'email', DATE '2026-12-01', DATE '2026-12-04', now()),"
                    + " (11, 'one', 1, 'M2', 'email', DATE '2026-12-10', DATE '2026-12-13', now())");
        }
    }

    @Test
    void exportsTheMonthsSheetAndAuditsItWithTheOsUser() throws Exception {
        Path file = dir.resolve("dec.xlsx");
        Run run = Run.hako("followups", "export", "--db", db, "--month", "2026-12", "-o", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 task(s) due 2026-12-01..2026-12-31, 0 dropped");
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            assertThat(wb.findSheet("管理シート").orElseThrow().read()).hasSize(3);
        }
        try (Connection c = ShopDatabase.openExisting(Path.of(db))) {
            var entry = AuditLog.recent(c, "export_followup_sheet", 1).get(0);
            assertEquals(System.getProperty("user.name"), entry.username());
            assertEquals(2, entry.rows());
        }
    }

    @Test
    void aCsvInEnglishForARange() throws Exception {
        Path file = dir.resolve("early.csv");
        Run run = Run.hako("followups", "export", "--db", db, "--from", "2026-12-01", "--to", "2026-12-05",
                "--format", "csv", "--lang", "en", "--no-contacts", "-o", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(file).lines().toList()).containsExactly(
                "\uFEFFTask ID,Due date,Customer ID,Name,Plan,Step,Message,Channel,Status,Outcome,Staff,Contacted on,"
                        + "Note,Dropped reason",
                "10,2026-12-04,M1,山田 太郎,One-time buyers,1,How to use it,Email,Open,,,,,");
    }

    @Test
    void importsAFilledInSheetAndReportsPerOutcome() throws Exception {
        Path file = sheet(new Object[] {10, LocalDate.of(2026, 12, 4), "M1", 1, "メール", "購入", "鈴木", null, "届いた"});
        Run run = Run.hako("sheet", "import", "--db", db, "--user", "suzuki", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 tick(s) applied as suzuki: 済 0, 反応なし 0, 購入 1",
                "0 row(s) already ticked exactly so, 0 open task(s) left empty");
        try (Connection c = ShopDatabase.openExisting(Path.of(db)); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT customer_id, outcome, staff, note, recorded_by FROM contacts")) {
            r.next();
            assertEquals("M1 purchased 鈴木 届いた suzuki", String.join(" ", r.getString(1), r.getString(2),
                    r.getString(3), r.getString(4), r.getString(5)));
        }
    }

    @Test
    void aRefusedSheetListsEveryProblemAndExitsWithOne() throws Exception {
        Path file = sheet(new Object[] {10, LocalDate.of(2026, 12, 4), "M2", 1, "メール", "済", null, null, null},
                new Object[] {12, LocalDate.of(2026, 12, 4), "M1", 1, "メール", "済", null, null, null});
        Run run = Run.hako("sheet", "import", "--db", db, file.toString());
        assertEquals(1, run.exitCode());
        assertThat(run.err()).contains("filled.xlsx: 2 problem(s), nothing applied:",
                "row 2, 顧客ID: edited key column: task 10 is for customer M1, the sheet says \"M2\"",
                "row 3, タスクID: no task 12 in Hako");
    }

    @Test
    void aBadMonthIsNamed() {
        Run run = Run.hako("followups", "export", "--db", db, "--month", "2026-13");
        assertEquals(2, run.exitCode());
        assertThat(run.err()).contains("cannot read --month \"2026-13\": write it as 2026-12");
    }

    @Test
    void writesAListAndLeavesNoFileWhenTheDataHasNoShippingStatus() throws Exception {
        try (Connection c = ShopDatabase.openExisting(Path.of(db)); Statement s = c.createStatement()) {
            s.execute("UPDATE followup_tasks SET channel = 'package_insert' WHERE task_id = 11");
        }
        Path emails = dir.resolve("emails.csv");
        Run run = Run.hako("lists", "email", "--db", db, "--month", "2026-12", "-o", emails.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 row(s), open email tasks due 2026-12-01..2026-12-31");
        assertThat(Files.readString(emails).lines().toList()).containsExactly("\uFEFFタスクID,予定日,顧客ID,氏名,メール,内容",
                "10,2026-12-04,M1,山田 太郎,taro@example.jp,How to use it");
        Path inserts = dir.resolve("inserts.xlsx");
        Run refused = Run.hako("lists", "package-insert", "--db", db, "--month", "2026-12", "--format", "xlsx",
                "-o", inserts.toString());
        assertEquals(2, refused.exitCode());
        assertThat(refused.err()).contains("the order data has no shipping status");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).doesNotContain("inserts.xlsx")
                    .noneMatch(n -> n.endsWith(".part"));
        }
    }

    /** A sheet a person could have made: the import reads columns by their headers. */
    private Path sheet(Object[]... rows) throws Exception {
        Path file = dir.resolve("filled.xlsx");
        String[] header = {"タスクID", "予定日", "顧客ID", "ステップ", "チャネル", "結果", "担当者", "連絡日", "メモ"};
        try (OutputStream os = Files.newOutputStream(file); Workbook wb = new Workbook(os, "Test", "1.0")) {
            Worksheet ws = wb.newWorksheet("管理シート");
            for (int i = 0; i < header.length; i++) {
                ws.value(0, i, header[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                for (int i = 0; i < rows[r].length; i++) {
                    Object v = rows[r][i];
                    if (v instanceof LocalDate d) {
                        ws.value(r + 1, i, d);
                    } else if (v instanceof Number n) {
                        ws.value(r + 1, i, n);
                    } else if (v != null) {
                        ws.value(r + 1, i, v.toString());
                    }
                }
            }
        }
        return file;
    }
}
