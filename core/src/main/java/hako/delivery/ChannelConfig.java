package hako.delivery;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the channels are and the secrets to use them, from configuration only (Spring properties
 * {@code hako.*} in the web app, environment variables {@code HAKO_*} on the command line), never from
 * the database or the settings page.
 *
 * @param smtp   the SMTP server, absent when email is not configured
 * @param line   the LINE Messaging API, absent when LINE is not configured
 * @param secret signs unsubscribe and tracked-link tokens; without it no link can be made or trusted
 */
public record ChannelConfig(Optional<Smtp> smtp, Optional<Line> line, Optional<String> secret) {

    /** How the SMTP connection is protected. */
    public enum Security { NONE, STARTTLS, SSL }

    /** An SMTP server; {@code user} empty when it needs no login. The password is never printed. */
    public record Smtp(String host, int port, Security security, String user, String password) {
        @Override
        public String toString() {
            return host + ":" + port + " (" + security.name().toLowerCase(Locale.ROOT) + ")";
        }
    }

    /** The Messaging API's base URL (https://api.line.me) and the channel access token. */
    public record Line(URI base, String token) {
        @Override
        public String toString() {
            return base.toString();
        }
    }

    /** The property names, as Spring spells them; environment variables are the same upper-cased, dots as _. */
    public static final String SMTP_HOST = "hako.smtp.host", SMTP_PORT = "hako.smtp.port",
            SMTP_SECURITY = "hako.smtp.security", SMTP_USER = "hako.smtp.user", SMTP_PASSWORD = "hako.smtp.password",
            LINE_BASE = "hako.line.base-url", LINE_TOKEN = "hako.line.token", SECRET = "hako.delivery.secret";

    /** Reads the configuration through {@code property} (null for an unset key). */
    public static ChannelConfig from(Function<String, String> property) {
        Optional<Smtp> smtp = value(property, SMTP_HOST).map(host -> {
            Security security = value(property, SMTP_SECURITY).map(ChannelConfig::security).orElse(Security.STARTTLS);
            int port = value(property, SMTP_PORT).map(p -> port(p)).orElse(switch (security) {
                case NONE -> 25;
                case STARTTLS -> 587;
                case SSL -> 465;
            });
            return new Smtp(host, port, security, value(property, SMTP_USER).orElse(""),
                    value(property, SMTP_PASSWORD).orElse(""));
        });
        Optional<Line> line = value(property, LINE_TOKEN).map(token -> new Line(
                URI.create(value(property, LINE_BASE).orElse("https://api.line.me")), token));
        return new ChannelConfig(smtp, line, value(property, SECRET));
    }

    /** From the environment: {@code HAKO_SMTP_HOST}, {@code HAKO_LINE_TOKEN}, {@code HAKO_DELIVERY_SECRET}, … */
    public static ChannelConfig fromEnvironment() {
        return from(key -> System.getenv(environmentName(key)));
    }

    /** {@code hako.line.base-url} → {@code HAKO_LINE_BASE_URL}. */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** True when at least one channel can send. */
    public boolean anyChannel() {
        return smtp.isPresent() || line.isPresent();
    }

    private static Optional<String> value(Function<String, String> property, String key) {
        return Optional.ofNullable(property.apply(key)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Security security(String text) {
        try {
            return Security.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(SMTP_SECURITY + ": \"" + text + "\" is not none, starttls or ssl");
        }
    }

    private static int port(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SMTP_PORT + ": \"" + text + "\" is not a port number");
        }
    }
}
