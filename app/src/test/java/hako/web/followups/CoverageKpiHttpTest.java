package hako.web.followups;

import static org.assertj.core.api.Assertions.assertThat;

import hako.customers.AsOfDate;
import hako.followups.Coverage;
import hako.settings.HakoSettings;
import hako.web.WebApp;
import hako.web.security.WebSession;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The board's 3-3-2 KPI: the targeted customers meeting the rule, as Coverage counts them. */
class CoverageKpiHttpTest {

    @Test
    void theBoardShowsTheTargetedCustomersMeeting332() throws Exception {
        WebApp app = WebApp.shared();
        WebSession viewer = WebSession.loggedIn(app, WebApp.VIEWER);
        String body = viewer.get("/?lang=en").body();
        Coverage.Share share;
        try (Connection c = app.db().getConnection()) {
            LocalDate asOf = AsOfDate.latestOrderDate(c);
            share = Coverage.at(c, asOf, HakoSettings.DEFAULTS.rules()).overall();
        }
        Matcher m = Pattern.compile("class=\"kpi coverage332\">.*?<small>([\\d,]+) of ([\\d,]+) targeted</small>",
                Pattern.DOTALL).matcher(body);
        assertThat(m.find()).as("the 3-3-2 KPI").isTrue();
        assertThat(Long.parseLong(m.group(1).replace(",", ""))).isEqualTo(share.meeting());
        assertThat(Long.parseLong(m.group(2).replace(",", ""))).isEqualTo(share.targeted()).isPositive();
    }
}
