package hako.devinbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Answers {@code POST /v2/bot/message/push} as the LINE Messaging API does for what Hako sends: 401 without
 * {@code Authorization: Bearer <token>}, 400 for a body without {@code to} and text messages, 409 for an
 * {@code X-Line-Retry-Key} already accepted (the push is not delivered twice), else 200 and the push is kept.
 */
final class LineStandIn implements AutoCloseable {

    static final String PATH = "/v2/bot/message/push";

    private final HttpServer server;
    private final String token;
    private final Consumer<LinePush> onPush;
    private final ObjectMapper json = new ObjectMapper();
    private final List<LinePush> pushes = new ArrayList<>();
    private final Set<String> retryKeys = new HashSet<>();

    LineStandIn(String host, int port, String token, Consumer<LinePush> onPush) throws IOException {
        this.token = token;
        this.onPush = onPush;
        server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    synchronized List<LinePush> pushes() {
        return List.copyOf(pushes);
    }

    private void handle(HttpExchange x) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String authorization = x.getRequestHeaders().getFirst("Authorization");
        String retryKey = x.getRequestHeaders().getFirst("X-Line-Retry-Key");
        int status;
        String answer;
        LinePush push = null;
        if (!"POST".equals(x.getRequestMethod()) || !PATH.equals(x.getRequestURI().getPath())) {
            status = 404;
            answer = "only POST " + PATH + " is served here";
        } else if (!("Bearer " + token).equals(authorization)) {
            status = 401;
            answer = "Authentication failed: Authorization must be Bearer and the channel access token";
        } else {
            push = parse(authorization, retryKey, body);
            status = push == null ? 400 : 200;
            answer = push == null ? "The request body has 1 error(s): a \"to\" and text messages are required" : "";
        }
        if (push != null) {
            synchronized (this) {
                if (retryKey != null && !retryKeys.add(retryKey)) {
                    status = 409;
                    answer = "The retry key is already accepted";
                    push = null;
                } else {
                    pushes.add(push);
                }
            }
        }
        if (push != null) {
            onPush.accept(push);
        }
        byte[] out = (status == 200 ? "{}" : "{\"message\":\"" + answer + "\"}").getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, out.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(out);
        }
    }

    private LinePush parse(String authorization, String retryKey, String body) {
        try {
            JsonNode root = json.readTree(body);
            JsonNode to = root.get("to");
            JsonNode messages = root.get("messages");
            if (to == null || !to.isString() || messages == null || !messages.isArray() || messages.isEmpty()) {
                return null;
            }
            List<String> texts = new ArrayList<>();
            for (JsonNode m : messages) {
                if (!m.path("type").isString() || !"text".equals(m.get("type").asString()) || !m.path("text").isString()) {
                    return null;
                }
                texts.add(m.get("text").asString());
            }
            return new LinePush(authorization, retryKey, to.asString(), List.copyOf(texts), body);
        } catch (JacksonException e) {
            return null;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
