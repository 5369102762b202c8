package hako.delivery;

import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The unsubscribe link of every message ({@code /u/{token}}): the token names the message; the address
 * it went to gets no further automated message on that channel from the moment this is recorded (the
 * sender checks at send time).
 */
public final class Unsubscribes {

    /** The address a token's message went to, masked for display, and whether it is already unsubscribed. */
    public record Target(String outboxId, Channel channel, String maskedAddress, boolean unsubscribed) {
    }

    private static final java.util.concurrent.atomic.AtomicLong VERSION = new java.util.concurrent.atomic.AtomicLong();

    private Unsubscribes() {
    }

    /**
     * Grows with every unsubscribe recorded in this process. The sender, which reads recipients a batch
     * at a time, re-reads a recipient when it changed, so an unsubscribe stops the very next message.
     * (The web app and its sender share the process; DuckDB lets no other process write the file.)
     */
    public static long version() {
        return VERSION.get();
    }

    /** What the token's link would unsubscribe; empty for a forged or unknown token. */
    public static Optional<Target> find(Connection c, LinkTokens tokens, String token) throws SQLException {
        Optional<LinkTokens.Link> link = tokens.read(token).filter(LinkTokens.Link::unsubscribe);
        if (link.isEmpty()) {
            return Optional.empty();
        }
        try (PreparedStatement p = c.prepareStatement(Sql.load(Unsubscribes.class, "outbox_address.sql"))) {
            p.setString(1, link.get().outboxId());
            try (ResultSet r = p.executeQuery()) {
                if (!r.next() || r.getString("address") == null) {
                    return Optional.empty();
                }
                return Optional.of(new Target(link.get().outboxId(), Channel.of(r.getString("channel")),
                        mask(r.getString("address")), r.getBoolean("unsubscribed")));
            }
        }
    }

    /** Unsubscribes the token's address at {@code at}; empty for a forged or unknown token. */
    public static Optional<Target> apply(Connection c, LinkTokens tokens, String token, Instant at) throws SQLException {
        Optional<Target> target = find(c, tokens, token);
        if (target.isPresent() && !target.get().unsubscribed()) {
            try (PreparedStatement p = c.prepareStatement(Sql.load(Unsubscribes.class, "unsubscribe.sql"))) {
                Utc.set(p, 1, at);
                p.setString(2, target.get().outboxId());
                p.executeUpdate();
            }
            VERSION.incrementAndGet();
        }
        return target.map(t -> new Target(t.outboxId(), t.channel(), t.maskedAddress(), true));
    }

    /** {@code taro@example.jp} → {@code t***@example.jp}; a LINE id keeps its first 4 characters. */
    static String mask(String address) {
        int at = address.indexOf('@');
        if (at > 0) {
            return address.charAt(0) + "***" + address.substring(at);
        }
        return address.substring(0, Math.min(4, address.length())) + "***";
    }
}
