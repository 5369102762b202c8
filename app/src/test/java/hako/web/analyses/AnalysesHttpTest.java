package hako.web.analyses;

import static org.assertj.core.api.Assertions.assertThat;

import hako.web.WebApp;
import hako.web.security.WebSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the analyses pages accept and refuse, over HTTP. */
class AnalysesHttpTest {

    static WebApp app;

    @BeforeAll
    static void start() throws Exception {
        app = WebApp.shared();
    }

    @Test
    void viewersReadEveryPageButCannotUpload() throws Exception {
        WebSession viewer = WebSession.loggedIn(app, WebApp.VIEWER);
        for (String page : new String[] {"decomposition", "cohorts", "entry", "journey", "behaviours", "nps"}) {
            HttpResponse<String> r = viewer.get("/analyses/" + page + "?lang=en");
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.body()).as(page).doesNotContain("survey-file").doesNotContain("spend-file");
        }
        HttpResponse<String> refused = viewer.upload("/analyses/nps/survey", "file", "survey.csv",
                "customer_id,responded_on,score\nC1,2024-01-01,9\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownLevelSortOrGroupIsABadRequestThatSaysWhich() throws Exception {
        WebSession viewer = WebSession.loggedIn(app, WebApp.VIEWER);
        HttpResponse<String> level = viewer.get("/analyses/entry?level=brand&lang=en");
        assertThat(level.statusCode()).isEqualTo(400);
        assertThat(level.body()).contains("brand");
        assertThat(viewer.get("/analyses/entry?sort=price&lang=en").statusCode()).isEqualTo(400);
        HttpResponse<String> group = viewer.get("/customers?group=vip&lang=en");
        assertThat(group.statusCode()).isEqualTo(400);
        assertThat(group.body()).contains("vip").contains("loyalty_high");
        HttpResponse<String> month = viewer.get("/customers?first=2024-13&lang=en");
        assertThat(month.statusCode()).isEqualTo(400);
        assertThat(month.body()).contains("2024-13");
    }
}
