package hako.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import hako.web.WebApp;
import hako.web.security.WebSession;
import org.junit.jupiter.api.Test;

/** /admin/settings says whether a write key is set and which sites may call the API, never the key. */
class EventsSettingsPageTest {

    @Test
    void theSettingsPageShowsThatAKeyIsSetButNotTheKey() throws Exception {
        EventsApp shop = EventsApp.shared();
        String page = WebSession.loggedIn(shop.app, WebApp.ADMIN).get("/admin/settings?lang=en").body();

        String section = page.substring(page.indexOf("id=\"events-settings\""), page.indexOf("</table>",
                page.indexOf("id=\"events-settings\"")));
        assertThat(section).contains("hako.events.write-key", ">set<", shop.siteOrigin());
        assertThat(page).doesNotContain(EventsApp.KEY);
    }

    @Test
    void withoutAKeyItSaysNotSet() throws Exception {
        String page = WebSession.loggedIn(WebApp.shared(), WebApp.ADMIN).get("/admin/settings?lang=ja").body();

        assertThat(page).contains("hako.events.write-key", ">未設定<");
    }
}
