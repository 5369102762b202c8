package hako.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tokens in a message's links: which message, and which link (tracked) or that it is the
 * unsubscribe link, signed with HMAC-SHA256 under the server's secret so that nobody can make one for
 * another message or address. They carry no personal data, only the outbox id.
 */
public final class LinkTokens {

    /** What a token stands for: an unsubscribe link, or tracked link {@code link} (0 = main button, i = item i). */
    public record Link(String outboxId, boolean unsubscribe, int link) {
    }

    private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DEC = Base64.getUrlDecoder();
    private static final int MAC_BYTES = 16;

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public LinkTokens(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the link secret (" + ChannelConfig.environmentName(ChannelConfig.SECRET)
                    + ") must be at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String unsubscribe(String outboxId) {
        return sign("u|0|" + outboxId);
    }

    public String tracked(String outboxId, int link) {
        return sign("t|" + link + "|" + outboxId);
    }

    /** The link a token stands for; empty when it is malformed or its signature does not match. */
    public Optional<Link> read(String token) {
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            byte[] payload = DEC.decode(token.substring(0, dot));
            byte[] mac = DEC.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac, mac(payload))) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", 3);
            if (parts.length != 3) {
                return Optional.empty();
            }
            return Optional.of(new Link(parts[2], "u".equals(parts[0]), Integer.parseInt(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENC.encodeToString(bytes) + "." + ENC.encodeToString(mac(bytes));
    }

    private byte[] mac(byte[] payload) {
        return java.util.Arrays.copyOf(macs.get().doFinal(payload), MAC_BYTES);
    }

    private Mac newMac() {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(key);
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
