package hako.web.followups;

import static org.assertj.core.api.Assertions.assertThat;

import hako.audit.AuditEntry;
import hako.audit.AuditLog;
import hako.customers.AsOfDate;
import hako.followups.sheet.FollowUpSheet;
import hako.web.WebApp;
import hako.web.security.WebSession;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The management sheet over HTTP: generation, tick-off, the .xlsx round trip, roles and CSRF. */
class SheetHttpTest {

    static WebApp app;
    static YearMonth month;

    @BeforeAll
    static void start() throws Exception {
        app = WebApp.shared();
        try (Connection c = app.db().getConnection()) {
            month = YearMonth.from(AsOfDate.latestOrderDate(c));
        }
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        marketer.get("/followups");
        assertThat(marketer.post("/followups/generate", Map.of("month", month.toString())).statusCode()).isEqualTo(200);
    }

    @Test
    void generatingShowsTheReportAndTheMonthsCountsAreTheStoredTasks() throws Exception {
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        marketer.get("/followups");
        HttpResponse<String> r = marketer.post("/followups/generate", Map.of("month", month.toString()));
        assertThat(r.body()).contains("class=\"card generation\"");
        long total = count("due_date BETWEEN ? AND ?");
        long dropped = count("due_date BETWEEN ? AND ? AND dropped_reason IS NOT NULL");
        String page = marketer.get("/followups?lang=en&month=" + month).body();
        assertThat(total).isPositive();
        assertThat(page).contains(String.format(java.util.Locale.ROOT, "%,d tasks (", total)).contains(String.format(java.util.Locale.ROOT, "%,d dropped)", dropped));
        // Generating again adds nothing: a customer gets a step once per anchor.
        String again = marketer.post("/followups/generate", Map.of("month", month.toString())).body();
        assertThat(count("due_date BETWEEN ? AND ?")).isEqualTo(total);
        assertThat(again).contains("class=\"card generation\"");
    }

    @Test
    void theChannelAndStatusFiltersShowOnlyTheirRows() throws Exception {
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        String page = marketer.get("/followups?lang=en&month=" + month + "&channel=email&status=dropped").body();
        long rows = page.split("<tr class=\"task dropped\"", -1).length - 1;
        long expected = count("due_date BETWEEN ? AND ? AND channel = 'email' AND dropped_reason IS NOT NULL");
        assertThat(rows).isEqualTo(Math.min(expected, 200));
        assertThat(page).doesNotContain("<tr class=\"task open\"").doesNotContain("<tr class=\"task ticked\"");
    }

    @Test
    void aMarketerTicksATaskAndADroppedTaskIsRefused() throws Exception {
        long open = firstTask("dropped_reason IS NULL AND outcome IS NULL");
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        marketer.get("/followups");
        HttpResponse<String> r = marketer.post("/followups/tasks/" + open + "/tick", Map.of("due", due(open),
                "outcome", "purchased", "staff", "田中", "note", "ご注文いただいた"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"task-" + open + "\"").contains("ticked").doesNotContain("<html");
        assertThat(column(open, "outcome")).isEqualTo("purchased");
        assertThat(column(open, "staff")).isEqualTo("田中");

        long dropped = firstTask("dropped_reason IS NOT NULL");
        HttpResponse<String> refused = marketer.post("/followups/tasks/" + dropped + "/tick",
                Map.of("due", due(dropped), "outcome", "done"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("dropped");
        assertThat(column(dropped, "outcome")).isNull();
    }

    @Test
    void aViewerSeesTheSheetWithoutContactDataAndCanNeitherTickNorExport() throws Exception {
        long open = firstTask("dropped_reason IS NULL AND outcome IS NULL");
        WebSession viewer = WebSession.loggedIn(app, WebApp.VIEWER);
        HttpResponse<String> page = viewer.get("/followups?lang=en&month=" + month);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("class=\"task ").doesNotContain("class=\"contact\"").doesNotContain("@")
                .doesNotContain("hx-post").doesNotContain("/followups/sheet.xlsx").doesNotContain("/followups/generate");
        assertThat(viewer.post("/followups/tasks/" + open + "/tick", Map.of("due", due(open), "outcome", "done"))
                .statusCode()).isEqualTo(403);
        assertThat(viewer.post("/followups/generate", Map.of("month", month.toString())).statusCode()).isEqualTo(403);
        assertThat(viewer.bytes("/followups/sheet.xlsx?month=" + month).statusCode()).isEqualTo(403);
        assertThat(viewer.upload("/followups/sheet/upload", "file", "x.xlsx", new byte[] {1}).statusCode())
                .isEqualTo(403);
        assertThat(column(open, "outcome")).isNull();
    }

    @Test
    void aTickWithoutTheCsrfTokenIsRefused() throws Exception {
        long open = firstTask("dropped_reason IS NULL AND outcome IS NULL");
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        marketer.get("/followups");
        assertThat(marketer.postWithoutCsrf("/followups/tasks/" + open + "/tick",
                Map.of("due", due(open), "outcome", "done")).statusCode()).isEqualTo(403);
        assertThat(column(open, "outcome")).isNull();
    }

    @Test
    void theDownloadedSheetIsAuditedAndImportsBackAndATamperedOneIsRefusedWhole() throws Exception {
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        marketer.get("/followups");
        HttpResponse<byte[]> xlsx = marketer.bytes("/followups/sheet.xlsx?month=" + month);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        try (Connection c = app.db().getConnection()) {
            List<AuditEntry> audit = AuditLog.recent(c, FollowUpSheet.AUDIT_ACTION, 1);
            assertThat(audit).hasSize(1);
            assertThat(audit.get(0).username()).isEqualTo(WebApp.MARKETER);
            assertThat(audit.get(0).rows()).isEqualTo(count("due_date BETWEEN ? AND ?"));
        }

        HttpResponse<String> back = marketer.upload("/followups/sheet/upload?month=" + month + "&lang=en", "file",
                "sheet.xlsx", xlsx.body());
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("Sheet imported: 0 ticks recorded");

        long ticked = count("due_date BETWEEN ? AND ? AND outcome IS NOT NULL");
        String customer = text("SELECT customer_id FROM followup_tasks WHERE task_id = ?",
                firstTask("dropped_reason IS NULL AND outcome IS NULL"));
        byte[] tampered = replaceText(xlsx.body(), ">" + customer + "<", ">" + customer + "X<");
        HttpResponse<String> refused = marketer.upload("/followups/sheet/upload?month=" + month + "&lang=en", "file",
                "tampered.xlsx", tampered);
        assertThat(refused.body()).contains("tampered.xlsx: ").contains("Nothing was applied");
        assertThat(count("due_date BETWEEN ? AND ? AND outcome IS NOT NULL")).isEqualTo(ticked);

        HttpResponse<String> notXlsx = marketer.upload("/followups/sheet/upload?month=" + month + "&lang=en", "file",
                "notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(notXlsx.body()).contains("notes.txt: ").contains("Nothing was applied");
    }

    /** The workbook with the first occurrence of {@code from} in its XML parts replaced. */
    private static byte[] replaceText(byte[] xlsx, String from, String to) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean replaced = false;
        java.nio.file.Path file = java.nio.file.Files.createTempFile(app.dir(), "sheet", ".xlsx");
        java.nio.file.Files.write(file, xlsx);
        try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(e).readAllBytes();
                String text = new String(content, StandardCharsets.UTF_8);
                if (!replaced && e.getName().endsWith(".xml") && text.contains(from)) {
                    content = text.replaceFirst(java.util.regex.Pattern.quote(from), to).getBytes(StandardCharsets.UTF_8);
                    replaced = true;
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        assertThat(replaced).as(from + " in the workbook").isTrue();
        return out.toByteArray();
    }

    private static long firstTask(String condition) throws Exception {
        return Long.parseLong(text("SELECT min(task_id)::VARCHAR FROM followup_tasks WHERE due_date BETWEEN ? AND ? AND "
                + condition, null));
    }

    private static String due(long task) throws Exception {
        return text("SELECT due_date::VARCHAR FROM followup_tasks WHERE task_id = ?", task);
    }

    private static String column(long task, String column) throws Exception {
        return text("SELECT " + column + " FROM followup_tasks WHERE task_id = ?", task);
    }

    private static long count(String condition) throws Exception {
        return Long.parseLong(text("SELECT count(*)::VARCHAR FROM followup_tasks WHERE " + condition, null));
    }

    /** One value; the parameters are the task id, or else the month's first and last day. */
    private static String text(String sql, Long task) throws Exception {
        try (Connection c = app.db().getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            if (task != null) {
                p.setLong(1, task);
            } else {
                p.setObject(1, month.atDay(1));
                p.setObject(2, month.atEndOfMonth());
            }
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
