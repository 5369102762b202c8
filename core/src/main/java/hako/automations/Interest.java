package hako.automations;

import hako.store.Sql;
import hako.store.Variables;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/** Finds browse interest (interest.sql) for the retargeting messages or the audience. */
final class Interest {

    private Interest() {
    }

    /**
     * Fills {@code au_interest}. For messages ({@code audience} false): completing views whose message is
     * due within the catch-up window, clear of cart and purchase until due. For the audience: completing
     * views within the audience window, clear until now.
     */
    static void find(Connection c, Instant now, AutomationSettings a, boolean audience) throws SQLException {
        Instant to = audience ? now : now.minus(a.browseDelay());
        Duration back = audience ? a.audienceWindow() : a.catchUp();
        Variables.set(c, "au_browse_from", "TIMESTAMP", Automations.utc(to.minus(back)));
        Variables.set(c, "au_browse_to", "TIMESTAMP", Automations.utc(to));
        Variables.set(c, "au_browse_views", "INTEGER", a.browseViews());
        Variables.set(c, "au_browse_audience", "BOOLEAN", audience);
        Automations.interval(c, "au_browse_window", a.browseWindow());
        Automations.interval(c, "au_browse_delay", a.browseDelay());
        Sql.run(c, Automations.class, "interest.sql");
    }
}
