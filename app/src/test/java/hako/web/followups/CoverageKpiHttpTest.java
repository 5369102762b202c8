package hako.web.followups;

import static org.assertj.core.api.Assertions.assertThat;

import hako.customers.AsOfDate;
import hako.followups.Channel;
import hako.followups.ContactLog;
import hako.followups.Coverage;
import hako.followups.Outcome;
import hako.settings.HakoSettings;
import hako.web.WebApp;
import hako.web.security.WebSession;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The board's 3-3-2 KPI: the targeted customers meeting the rule, as Coverage counts them, over the
 * contacts up to today — so that ticking tasks off today moves it.
 */
class CoverageKpiHttpTest {

    private static final Pattern KPI = Pattern.compile(
            "class=\"kpi coverage332\">.*?<small>([\\d,]+) of ([\\d,]+) targeted</small>", Pattern.DOTALL);

    @Test
    void theBoardShowsTheTargetedCustomersMeeting332UpToToday() throws Exception {
        WebApp app = WebApp.shared();
        WebSession viewer = WebSession.loggedIn(app, WebApp.VIEWER);
        long[] shown = kpi(viewer.get("/?lang=en").body());
        Coverage coverage;
        try (Connection c = app.db().getConnection()) {
            LocalDate asOf = AsOfDate.latestOrderDate(c);
            LocalDate today = LocalDate.now(HakoSettings.DEFAULTS.zone());
            coverage = Coverage.at(c, asOf, Coverage.contactDay(asOf, asOf, today), HakoSettings.DEFAULTS.rules());
        }
        assertThat(coverage.contactsTo()).isAfterOrEqualTo(coverage.asOf());
        assertThat(shown[0]).isEqualTo(coverage.overall().meeting());
        assertThat(shown[1]).isEqualTo(coverage.overall().targeted()).isPositive();
    }

    @Test
    void tickingOffTodayMovesTheBoardsCoverage() throws Exception {
        WebApp app = WebApp.shared();
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        LocalDate today = LocalDate.now(HakoSettings.DEFAULTS.zone());
        YearMonth month;
        try (Connection c = app.db().getConnection()) {
            month = YearMonth.from(AsOfDate.latestOrderDate(c));
        }
        marketer.get("/followups");
        assertThat(marketer.post("/followups/generate", Map.of("month", month.toString())).statusCode()).isEqualTo(200);
        long[] before = kpi(marketer.get("/?lang=en").body());

        // an open task of a customer the plans target who does not meet 3-3-2 today: one tick-off in the
        // web and two contacts through other channels logged today make three through three channels
        String[] task = openTaskOfACustomerNotMeeting(app, month, today);
        try (Connection c = app.db().getConnection()) {
            for (Channel other : new Channel[] {Channel.PHONE, Channel.DM}) {
                ContactLog.add(c, task[1], today, other, Outcome.DONE, "田中", null, "test");
            }
        }
        HttpResponse<String> tick = marketer.post("/followups/tasks/" + task[0] + "/tick",
                Map.of("due", task[2], "outcome", "done", "staff", "田中"));
        assertThat(tick.statusCode()).isEqualTo(200);

        long[] after = kpi(marketer.get("/?lang=en").body());
        assertThat(after[1]).isEqualTo(before[1]);
        assertThat(after[0]).isEqualTo(before[0] + 1);
    }

    /** task id, customer id and due date of the first open task whose customer misses 3-3-2 today. */
    private static String[] openTaskOfACustomerNotMeeting(WebApp app, YearMonth month, LocalDate today) throws Exception {
        try (Connection c = app.db().getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT task_id::VARCHAR, customer_id, due_date::VARCHAR FROM followup_tasks WHERE due_date BETWEEN ? AND ?"
                        + " AND dropped_reason IS NULL AND outcome IS NULL AND channel NOT IN ('phone', 'dm')"
                        + " ORDER BY task_id")) {
            p.setObject(1, month.atDay(1));
            p.setObject(2, month.atEndOfMonth());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String customer = r.getString(2);
                    if (ContactLog.of(c, customer, today).status().contacts() == 0) {
                        return new String[] {r.getString(1), customer, r.getString(3)};
                    }
                }
            }
        }
        throw new AssertionError("no open task of a customer without contacts in " + month);
    }

    private static long[] kpi(String board) {
        Matcher m = KPI.matcher(board);
        assertThat(m.find()).as("the 3-3-2 KPI").isTrue();
        return new long[] {Long.parseLong(m.group(1).replace(",", "")), Long.parseLong(m.group(2).replace(",", ""))};
    }
}
