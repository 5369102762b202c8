package hako.web.followups;

import static org.assertj.core.api.Assertions.assertThat;

import hako.followups.Plan;
import hako.followups.PlanStore;
import hako.web.WebApp;
import hako.web.security.WebSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plans page over HTTP: steps and 3-3-2 checks, enable/disable, the plan file both ways, roles. */
class PlansHttpTest {

    static WebApp app;

    @BeforeAll
    static void start() throws Exception {
        app = WebApp.shared();
    }

    @Test
    void thePlansShowTheirStepsAndTheir332Check() throws Exception {
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        HttpResponse<String> r = marketer.get("/followups/plans?lang=ja");
        assertThat(r.statusCode()).isEqualTo(200);
        // multi_buyer: R30 email, R45 DM, R55 LINE → 3 contacts, 3 channels within days 30–55.
        String multi = section(r.body(), "plan-multi_buyer");
        assertThat(multi).contains("3-3-2 達成").contains("最良の90日間：3回・3チャネル（起点から 30〜55日目）")
                .contains("最終購入から 45日（R）").contains("DM（はがき）");
        assertThat(r.body()).contains("id=\"plan-top1_care\"", "id=\"plan-one_time\"", "id=\"plan-replenishment\"");
    }

    @Test
    void aMarketerDisablesAndEnablesAPlanInPlace() throws Exception {
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        marketer.get("/followups/plans");
        HttpResponse<String> off = marketer.post("/followups/plans/one_time/enabled?enabled=false", Map.of());
        assertThat(off.statusCode()).isEqualTo(200);
        assertThat(off.body()).contains("id=\"plan-one_time\"").contains("disabled").doesNotContain("<html");
        assertThat(plan("one_time").enabled()).isFalse();
        marketer.post("/followups/plans/one_time/enabled?enabled=true", Map.of());
        assertThat(plan("one_time").enabled()).isTrue();
    }

    @Test
    void thePlanFileDownloadsAndAnEditedOneUploads() throws Exception {
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        marketer.get("/followups/plans");
        HttpResponse<byte[]> file = marketer.bytes("/followups/plans.csv");
        assertThat(file.statusCode()).isEqualTo(200);
        String csv = new String(file.body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFplan_id,plan_name,target,enabled,step_no,trigger,days,channel,message")
                .contains("multi_buyer");

        String added = "plan_id,plan_name,target,enabled,step_no,trigger,days,channel,message\r\n"
                + "web_two_mails,Two mails,all,false,1,recency,10,email,first\r\n"
                + "web_two_mails,Two mails,all,false,2,recency,20,email,second\r\n";
        HttpResponse<String> r = marketer.upload("/followups/plans/upload", "file", "mine.csv",
                added.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"plan-web_two_mails\"");
        // Two contacts through one channel: the rule is missed.
        assertThat(section(r.body(), "plan-web_two_mails")).contains("3-3-2 未達");
        assertThat(plan("web_two_mails").steps()).hasSize(2);
    }

    @Test
    void aFileWithAMistakeIsListedByLineAndColumnAndChangesNothing() throws Exception {
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        marketer.get("/followups/plans?lang=en");
        String bad = "plan_id,plan_name,target,enabled,step_no,trigger,days,channel,message\r\n"
                + "multi_buyer,Renamed,all,true,1,recency,30,email,a\r\n"
                + "multi_buyer,Renamed,all,true,2,recency,45,pigeon,b\r\n";
        HttpResponse<String> r = marketer.upload("/followups/plans/upload", "file", "bad.csv",
                bad.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        String refused = section(r.body(), "refused");
        assertThat(refused).contains("bad.csv").contains("<td class=\"num\">3</td>").contains("channel")
                .contains("pigeon");
        assertThat(plan("multi_buyer").name()).doesNotContain("Renamed");
    }

    @Test
    void aViewerSeesThePlansButCannotChangeOrDownloadThem() throws Exception {
        WebSession viewer = WebSession.loggedIn(app, WebApp.VIEWER);
        HttpResponse<String> page = viewer.get("/followups/plans");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"plan-multi_buyer\"").doesNotContain("/followups/plans/upload")
                .doesNotContain("hx-post");
        assertThat(viewer.bytes("/followups/plans.csv").statusCode()).isEqualTo(403);
        assertThat(viewer.post("/followups/plans/multi_buyer/enabled?enabled=false", Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(viewer.upload("/followups/plans/upload", "file", "x.csv", new byte[] {'x'}).statusCode())
                .isEqualTo(403);
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        marketer.get("/followups/plans");
        assertThat(marketer.postWithoutCsrf("/followups/plans/multi_buyer/enabled?enabled=false", Map.of())
                .statusCode()).isEqualTo(403);
        assertThat(plan("multi_buyer").enabled()).isTrue();
    }

    /** The markup from the element with {@code id} (or class) to the end of its section. */
    static String section(String html, String id) {
        int at = html.indexOf(id);
        assertThat(at).as(id).isPositive();
        int end = html.indexOf("</section>", at);
        int div = html.indexOf("</table>", at);
        return html.substring(at, end < 0 ? (div < 0 ? html.length() : div) : end);
    }

    private static Plan plan(String id) throws Exception {
        try (Connection c = app.db().getConnection()) {
            return PlanStore.get(c, id).orElseThrow();
        }
    }
}
