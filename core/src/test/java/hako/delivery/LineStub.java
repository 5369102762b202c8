package hako.delivery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stands in for the LINE Messaging API on loopback: records every request and, like LINE, accepts a
 * retry key once (a repeat gets 409 and is not delivered again). Statuses queued with {@link #answer}
 * are returned first (e.g. 500 then 200).
 */
final class LineStub implements AutoCloseable {

    static final String TOKEN = "test-channel-token";

    /** One request as received; {@code delivered} when it counted as a new push. */
    record Request(String method, String path, String authorization, String retryKey, String contentType, String body,
                   boolean delivered) {
    }

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private final Deque<Integer> answers = new ArrayDeque<>();

    LineStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized void answer(int... statuses) {
        for (int s : statuses) {
            answers.add(s);
        }
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    synchronized List<Request> delivered() {
        return requests.stream().filter(Request::delivered).toList();
    }

    private void handle(HttpExchange x) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String key = x.getRequestHeaders().getFirst("X-Line-Retry-Key");
        int status;
        boolean delivered = false;
        synchronized (this) {
            Integer queued = answers.poll();
            boolean authorised = ("Bearer " + TOKEN).equals(x.getRequestHeaders().getFirst("Authorization"));
            if (queued != null) {
                status = queued;
            } else if (!authorised) {
                status = 401;
            } else if (!"POST".equals(x.getRequestMethod()) || !"/v2/bot/message/push".equals(x.getRequestURI().getPath())) {
                status = 404;
            } else if (key != null && !keys.add(key)) {
                status = 409;
            } else {
                status = 200;
            }
            delivered = status == 200;
            requests.add(new Request(x.getRequestMethod(), x.getRequestURI().getPath(),
                    x.getRequestHeaders().getFirst("Authorization"), key,
                    x.getRequestHeaders().getFirst("Content-Type"), body, delivered));
        }
        byte[] answer = (status == 200 ? "{}" : "{\"message\":\"status " + status + "\"}").getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(status, answer.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
