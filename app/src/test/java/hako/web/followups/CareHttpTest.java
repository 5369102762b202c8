package hako.web.followups;

import static org.assertj.core.api.Assertions.assertThat;

import hako.customers.AsOfDate;
import hako.web.WebApp;
import hako.web.security.WebSession;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The TOP1% care page over HTTP: one row per TOP1% customer, staff assigned in place, roles. */
class CareHttpTest {

    static WebApp app;
    static LocalDate asOf;

    @BeforeAll
    static void start() throws Exception {
        app = WebApp.shared();
        try (Connection c = app.db().getConnection()) {
            asOf = AsOfDate.latestOrderDate(c);
        }
    }

    @Test
    void oneRowPerTop1CustomerByRank() throws Exception {
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        HttpResponse<String> r = marketer.get("/followups/care?asOf=" + asOf);
        assertThat(r.statusCode()).isEqualTo(200);
        long rows = r.body().split("class=\"care-row\"", -1).length - 1;
        assertThat(rows).isEqualTo(top1Count()).isPositive();
        assertThat(r.body()).contains(top1First());
    }

    @Test
    void aMarketerAssignsAndClearsStaffInPlace() throws Exception {
        String id = top1First();
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        marketer.get("/followups/care?asOf=" + asOf);
        HttpResponse<String> r = marketer.post("/followups/care/staff",
                Map.of("customerId", id, "staff", "佐藤", "asOf", asOf.toString()));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("class=\"care-row\"").contains("value=\"佐藤\"").doesNotContain("<html");
        assertThat(staffOf(id)).isEqualTo("佐藤");

        marketer.post("/followups/care/staff", Map.of("customerId", id, "staff", " ", "asOf", asOf.toString()));
        assertThat(staffOf(id)).isNull();
    }

    @Test
    void aCustomerOutsideTheTop1IsRefusedAndNotAssigned() throws Exception {
        String other = query("SELECT customer_id FROM customer_metrics WHERE as_of = ? AND cluster <> 'top1'"
                + " ORDER BY rank DESC LIMIT 1");
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        marketer.get("/followups/care");
        HttpResponse<String> r = marketer.post("/followups/care/staff",
                Map.of("customerId", other, "staff", "佐藤", "asOf", asOf.toString()));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("not in the TOP1%");
        assertThat(staffOf(other)).isNull();
    }

    @Test
    void aViewerSeesTheListButCannotAssignAndAForgedPostIsRefused() throws Exception {
        String id = top1First();
        WebSession viewer = WebSession.loggedIn(app, WebApp.VIEWER);
        HttpResponse<String> page = viewer.get("/followups/care");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("hx-post=\"/followups/care/staff\"");
        assertThat(viewer.post("/followups/care/staff", Map.of("customerId", id, "staff", "viewer")).statusCode())
                .isEqualTo(403);

        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        marketer.get("/followups/care");
        assertThat(marketer.postWithoutCsrf("/followups/care/staff", Map.of("customerId", id, "staff", "forged"))
                .statusCode()).isEqualTo(403);
        assertThat(staffOf(id)).isNotIn("viewer", "forged");
    }

    private static long top1Count() throws Exception {
        return Long.parseLong(query("SELECT count(*)::VARCHAR FROM customer_metrics WHERE as_of = ? AND cluster = 'top1'"));
    }

    private static String top1First() throws Exception {
        return query("SELECT customer_id FROM customer_metrics WHERE as_of = ? AND cluster = 'top1' ORDER BY rank LIMIT 1");
    }

    private static String staffOf(String id) throws Exception {
        try (Connection c = app.db().getConnection();
             PreparedStatement p = c.prepareStatement("SELECT staff FROM customer_staff WHERE customer_id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static String query(String sql) throws Exception {
        try (Connection c = app.db().getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setObject(1, asOf);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
