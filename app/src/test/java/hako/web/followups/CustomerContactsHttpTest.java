package hako.web.followups;

import static org.assertj.core.api.Assertions.assertThat;

import hako.customers.AsOfDate;
import hako.followups.Channel;
import hako.followups.ContactLog;
import hako.followups.Outcome;
import hako.settings.HakoSettings;
import hako.web.WebApp;
import hako.web.security.WebSession;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The customer page's contact history and its 3-3-2 status over the 90 days up to the as-of date. */
class CustomerContactsHttpTest {

    @Test
    void threeContactsThroughTwoChannelsWithin90DaysMeetTheRuleAndOlderOnesDoNotCount() throws Exception {
        WebApp app = WebApp.shared();
        LocalDate asOf;
        String id;
        try (Connection c = app.db().getConnection(); Statement s = c.createStatement()) {
            // A picked as-of date (not the latest order date): the status is checked on it.
            asOf = AsOfDate.latestOrderDate(c).minusDays(1);
            // A customer nobody else's test contacts: the last in id order among those with orders.
            try (ResultSet r = s.executeQuery("SELECT max(customer_id) FROM orders")) {
                r.next();
                id = r.getString(1);
            }
            ContactLog.add(c, id, asOf.minusDays(91), Channel.PHONE, Outcome.DONE, "古い", null, "test");
            ContactLog.add(c, id, asOf.minusDays(80), Channel.EMAIL, Outcome.DONE, "佐藤", "秘密のメモ", "test");
            ContactLog.add(c, id, asOf.minusDays(40), Channel.EMAIL, Outcome.NO_ANSWER, "佐藤", null, "test");
        }
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        String page = marketer.get("/customers/view?lang=ja&asOf=" + asOf + "&id=" + id).body();
        // Within the 90 days: two emails (the phone call is 91 days back) — one channel, two contacts.
        assertThat(page).contains("3-3-2 未達").contains("90日間：2回・1チャネル").contains("古い").contains("秘密のメモ");

        try (Connection c = app.db().getConnection()) {
            ContactLog.add(c, id, asOf, Channel.LINE, Outcome.PURCHASED, "佐藤", null, "test");
        }
        page = marketer.get("/customers/view?lang=ja&asOf=" + asOf + "&id=" + id).body();
        assertThat(page).contains("3-3-2 達成").contains("90日間：3回・2チャネル");
        assertThat(page.split("class=\"contact\"", -1)).hasSize(5);

        WebSession viewer = WebSession.loggedIn(app, WebApp.VIEWER);
        String seen = viewer.get("/customers/view?lang=ja&asOf=" + asOf + "&id=" + id).body();
        assertThat(seen).contains("3-3-2 達成").contains("佐藤").doesNotContain("秘密のメモ");

        // At the latest order date the status runs to today: contacts go on after the last order.
        LocalDate today = LocalDate.now(HakoSettings.DEFAULTS.zone());
        String latest = marketer.get("/customers/view?lang=ja&id=" + id).body();
        assertThat(latest).contains(today.minusDays(90) + "〜" + today + " の90日間");
    }
}
