package hako.delivery;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How automated messages are delivered: channel choice, the safety rules checked at send time, retries,
 * rate limits, attribution, and the shop's sender details that every promotional mail must carry
 * (特定電子メール法: sender name, postal address, a way to unsubscribe). Secrets (SMTP password, LINE
 * token, the link-signing secret) are not settings: see {@link ChannelConfig}.
 *
 * @param preference       which channels carry a message when both reach the customer
 * @param frequencyCap     at most one automated message per customer per channel within this time
 * @param quietFrom        LINE quiet hours start (shop time); messages due then wait until {@code quietUntil}
 * @param attributionDays  a purchase within this many days after a sent message is attributed to it
 * @param emailPerSecond   email rate limit (0: none)
 * @param maxAttempts      attempts before a message that keeps failing transiently is marked failed
 * @param retryBase        the wait before the first retry; doubled after each further failure
 * @param intervalSeconds  how often the web app runs a delivery round (when a channel is configured)
 */
public record DeliverySettings(ChannelPreference preference, Duration frequencyCap, LocalTime quietFrom,
                               LocalTime quietUntil, int attributionDays, double emailPerSecond, double linePerSecond,
                               int maxAttempts, Duration retryBase, String senderName, String senderEmail,
                               String senderAddress, String publicUrl, int intervalSeconds) {

    public static final DeliverySettings DEFAULTS = new DeliverySettings(ChannelPreference.BOTH, Duration.ofHours(16),
            LocalTime.of(21, 0), LocalTime.of(8, 0), 5, 10, 50, 6, Duration.ofMinutes(1), "", "", "",
            "http://localhost:8080", 60);

    /** The keys, as written in {@code hako.properties}, in the order the README lists them. */
    public static final List<String> KEYS = List.of("delivery.channels", "delivery.frequency_cap_hours",
            "delivery.line_quiet_from", "delivery.line_quiet_until", "delivery.attribution_days",
            "delivery.email_per_second", "delivery.line_per_second", "delivery.max_attempts", "delivery.retry_seconds",
            "delivery.sender_name", "delivery.sender_email", "delivery.sender_address", "delivery.public_url",
            "delivery.interval_seconds");

    /** These settings with the given keys replaced; a bad value names its key. */
    public DeliverySettings with(Map<String, String> v) {
        DeliverySettings s = new DeliverySettings(
                v.containsKey(KEYS.get(0)) ? ChannelPreference.of(v.get(KEYS.get(0))) : preference,
                Duration.ofHours(whole(v, KEYS.get(1), frequencyCap.toHours())),
                time(v, KEYS.get(2), quietFrom), time(v, KEYS.get(3), quietUntil),
                (int) whole(v, KEYS.get(4), attributionDays), number(v, KEYS.get(5), emailPerSecond),
                number(v, KEYS.get(6), linePerSecond), (int) whole(v, KEYS.get(7), maxAttempts),
                Duration.ofSeconds(whole(v, KEYS.get(8), retryBase.toSeconds())),
                v.getOrDefault(KEYS.get(9), senderName).strip(), v.getOrDefault(KEYS.get(10), senderEmail).strip(),
                v.getOrDefault(KEYS.get(11), senderAddress).strip(), stripSlash(v.getOrDefault(KEYS.get(12), publicUrl)),
                (int) whole(v, KEYS.get(13), intervalSeconds));
        if (s.maxAttempts < 1 || s.intervalSeconds < 1 || s.attributionDays < 0 || s.emailPerSecond < 0
                || s.linePerSecond < 0) {
            throw new IllegalArgumentException("delivery settings: attempts and interval must be at least 1,"
                    + " days and rates not negative");
        }
        return s;
    }

    /** Every setting as text, keyed as in {@link #KEYS}. */
    public Map<String, String> asText() {
        Map<String, String> m = new LinkedHashMap<>();
        List<String> values = List.of(preference.key(), Long.toString(frequencyCap.toHours()), quietFrom.toString(),
                quietUntil.toString(), Integer.toString(attributionDays), plain(emailPerSecond), plain(linePerSecond),
                Integer.toString(maxAttempts), Long.toString(retryBase.toSeconds()), senderName, senderEmail,
                senderAddress, publicUrl, Integer.toString(intervalSeconds));
        for (int i = 0; i < KEYS.size(); i++) {
            m.put(KEYS.get(i), values.get(i));
        }
        return m;
    }

    /** Messages per second on {@code channel}; 0 means no limit. */
    public double perSecond(Channel channel) {
        return channel == Channel.EMAIL ? emailPerSecond : linePerSecond;
    }

    private static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String stripSlash(String url) {
        String u = url.strip();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    private static long whole(Map<String, String> v, String key, long fallback) {
        String text = v.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": \"" + text + "\" is not a whole number");
        }
    }

    private static double number(Map<String, String> v, String key, double fallback) {
        String text = v.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": \"" + text + "\" is not a number");
        }
    }

    private static LocalTime time(Map<String, String> v, String key, LocalTime fallback) {
        String text = v.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + ": \"" + text + "\" is not a time of day like 21:00");
        }
    }
}
