package hako.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * LINE Messaging API push ({@code POST {base}/v2/bot/message/push}). Each request carries
 * {@code X-Line-Retry-Key}, derived from the outbox id: LINE accepts a key once, so a resend after a
 * crash is not delivered twice (LINE answers 409 to a key it already accepted, which counts as sent).
 */
final class LineSender implements ChannelSender {

    /** LINE's limit on one text message. */
    static final int MAX_TEXT = 5_000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI push;
    private final String token;

    LineSender(ChannelConfig.Line line) {
        String base = line.base().toString();
        this.push = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/v2/bot/message/push");
        this.token = line.token();
    }

    @Override
    public Outcome send(OutboxMessage message, String address, MessageRenderer.Rendered rendered) {
        String text = rendered.text().length() > MAX_TEXT ? rendered.text().substring(0, MAX_TEXT) : rendered.text();
        String body = "{\"to\":" + json(address) + ",\"messages\":[{\"type\":\"text\",\"text\":" + json(text) + "}]}";
        HttpRequest request = HttpRequest.newBuilder(push).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Authorization", "Bearer " + token)
                .header("X-Line-Retry-Key", message.idempotencyKey().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            int status = response.statusCode();
            if (status == 200 || status == 409) {
                return new Outcome.Delivered();
            }
            String reason = "LINE " + status + ": " + snippet(response.body());
            return status == 429 || status >= 500 ? new Outcome.Transient(reason) : new Outcome.Permanent(reason);
        } catch (IOException e) {
            return new Outcome.Transient("LINE: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Transient("LINE: interrupted");
        }
    }

    @Override
    public void close() {
        // HttpClient holds no connection that must be closed (Java 17)
    }

    private static String snippet(String body) {
        String b = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return b.length() > 200 ? b.substring(0, 200) + "…" : b;
    }

    /** A JSON string literal. */
    static String json(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
