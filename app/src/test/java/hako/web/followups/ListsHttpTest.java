package hako.web.followups;

import static org.assertj.core.api.Assertions.assertThat;

import hako.audit.AuditEntry;
import hako.audit.AuditLog;
import hako.customers.AsOfDate;
import hako.followups.Replenishment;
import hako.followups.sheet.PrintLists;
import hako.followups.sheet.ReplenishmentList;
import hako.web.WebApp;
import hako.web.security.WebSession;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lists page: print and call lists of the month and the replenishment list, downloads audited, roles. */
class ListsHttpTest {

    static WebApp app;
    static YearMonth month;
    static LocalDate latest;

    @BeforeAll
    static void start() throws Exception {
        app = WebApp.shared();
        try (Connection c = app.db().getConnection()) {
            latest = AsOfDate.latestOrderDate(c);
            month = YearMonth.from(latest);
        }
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        marketer.get("/followups");
        assertThat(marketer.post("/followups/generate", Map.of("month", month.toString())).statusCode()).isEqualTo(200);
    }

    @Test
    void theDmListHoldsTheMonthsOpenDmTasksWithAnAddressAndIsAudited() throws Exception {
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        HttpResponse<byte[]> csv = marketer.bytes("/followups/lists/dm.csv?month=" + month);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("hako-dm-" + month + ".csv");
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFタスクID,予定日,顧客ID,氏名,郵便番号,住所");
        long expected = count("SELECT count(*) FROM followup_tasks t JOIN customers c USING (customer_id)"
                + " WHERE t.channel = 'dm' AND t.due_date BETWEEN ? AND ? AND t.dropped_reason IS NULL"
                + " AND t.outcome IS NULL AND nullif(trim(c.name), '') IS NOT NULL"
                + " AND nullif(trim(c.postal_code), '') IS NOT NULL AND nullif(trim(c.address), '') IS NOT NULL");
        assertThat(expected).isPositive();
        assertThat(lines).hasSize(1 + (int) expected);
        AuditEntry audit = latestAudit(PrintLists.AUDIT_ACTION);
        assertThat(audit.username()).isEqualTo(WebApp.MARKETER);
        assertThat(audit.rows()).isEqualTo(expected);
    }

    @Test
    void theReplenishmentListIsShownAndDownloadedAsExcel() throws Exception {
        LocalDate day = latest.minusDays(20);
        List<Replenishment.Due> due;
        try (Connection c = app.db().getConnection()) {
            due = Replenishment.due(c, day, 30);
        }
        assertThat(due).isNotEmpty();
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        String page = marketer.get("/followups/lists?lang=en&day=" + day + "&days=30").body();
        assertThat(page).contains(String.format(java.util.Locale.ROOT, "%,d customers run out", due.size()));
        assertThat(page).contains(due.get(0).customerId());

        HttpResponse<byte[]> xlsx = marketer.bytes("/followups/lists/replenishment.xlsx?lang=en&day=" + day + "&days=30");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(1 + due.size());
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Product code");
            assertThat(rows.get(1).getCellText(2)).isEqualTo(due.get(0).customerId());
        }
        AuditEntry audit = latestAudit(ReplenishmentList.AUDIT_ACTION);
        assertThat(audit.username()).isEqualTo(WebApp.MARKETER);
        assertThat(audit.rows()).isEqualTo(due.size());
    }

    @Test
    void aViewerSeesTheListsPageWithoutNamesAndCannotDownload() throws Exception {
        WebSession viewer = WebSession.loggedIn(app, WebApp.VIEWER);
        LocalDate day = latest.minusDays(20);
        HttpResponse<String> page = viewer.get("/followups/lists?lang=en&day=" + day + "&days=30");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("only admins and marketers can download them")
                .doesNotContain("/followups/lists/dm.csv").doesNotContain("replenishment.csv");
        List<Replenishment.Due> due;
        try (Connection c = app.db().getConnection()) {
            due = Replenishment.due(c, day, 30);
        }
        for (Replenishment.Due d : due) {
            if (d.customerName() != null) {
                assertThat(page.body()).doesNotContain(d.customerName());
            }
        }
        assertThat(viewer.bytes("/followups/lists/dm.csv?month=" + month).statusCode()).isEqualTo(403);
        assertThat(viewer.bytes("/followups/lists/replenishment.csv?day=" + day).statusCode()).isEqualTo(403);
    }

    private static AuditEntry latestAudit(String action) throws Exception {
        try (Connection c = app.db().getConnection()) {
            return AuditLog.recent(c, action, 1).get(0);
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection c = app.db().getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setObject(1, month.atDay(1));
            p.setObject(2, month.atEndOfMonth());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
