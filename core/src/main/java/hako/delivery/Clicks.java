package hako.delivery;

import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Tracked links ({@code /t/{token}}): the click is recorded against the message, then the reader goes
 * on to the link's target, which is read from the trigger (never from the token or the request, so the
 * endpoint cannot be used to redirect anywhere else).
 */
public final class Clicks {

    private Clicks() {
    }

    /** Records the click and returns where the link leads; empty for a forged token or an unknown link. */
    public static Optional<String> follow(Connection c, LinkTokens tokens, String token, Instant at) throws SQLException {
        Optional<LinkTokens.Link> link = tokens.read(token).filter(l -> !l.unsubscribe());
        if (link.isEmpty()) {
            return Optional.empty();
        }
        String outboxId = link.get().outboxId();
        int slash = outboxId.lastIndexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        Optional<String> target = TriggerContent.load(c, outboxId.substring(0, slash))
                .flatMap(t -> t.target(link.get().link()))
                .filter(url -> url.startsWith("https://") || url.startsWith("http://"));
        if (target.isPresent()) {
            try (PreparedStatement p = c.prepareStatement(Sql.load(Clicks.class, "click.sql"))) {
                p.setString(1, outboxId);
                Utc.set(p, 2, at);
                p.setString(3, target.get());
                p.executeUpdate();
            }
        }
        return target;
    }
}
