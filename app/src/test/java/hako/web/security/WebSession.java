package hako.web.security;

import hako.web.WebApp;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor of the app over plain HTTP, as a browser would be: cookies kept, redirects not
 * followed (tests look at them), the CSRF token taken from the last page that carried one.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:content|value)=\"([^\"]+)\"");

    private final WebApp app;
    private final HttpClient client;
    private String csrf;

    private WebSession(WebApp app) {
        this.app = app;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A visitor who has not logged in. */
    public static WebSession anonymous(WebApp app) {
        return new WebSession(app);
    }

    /** A visitor logged in as {@code user} with the test password. */
    public static WebSession loggedIn(WebApp app, String user) throws Exception {
        return loggedIn(app, user, WebApp.PASSWORD);
    }

    public static WebSession loggedIn(WebApp app, String user, String password) throws Exception {
        WebSession s = new WebSession(app);
        HttpResponse<String> r = s.logIn(user, password);
        if (!isRedirectTo(r, "/")) {
            throw new AssertionError(user + " could not log in: " + r.statusCode() + " " + location(r));
        }
        return s;
    }

    /** Posts the login form (with its CSRF token); the answer redirects to / or to /login?error. */
    public HttpResponse<String> logIn(String user, String password) throws Exception {
        get("/login");
        return post("/login", Map.of("username", user, "password", password));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** GET as htmx does it. */
    public HttpResponse<String> getHtmx(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("HX-Request", "true").GET());
    }

    /** Posts a form with the CSRF token of the last page. */
    public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        if (csrf != null) {
            withToken.put("_csrf", csrf);
        }
        return postWithoutCsrf(path, withToken);
    }

    /** Posts a form as given, without adding a CSRF token: a forged or tampered request. */
    public HttpResponse<String> postWithoutCsrf(String path, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts one file as a multipart form (field {@code field}) with the CSRF token of the last page. */
    public HttpResponse<String> upload(String path, String field, String fileName, byte[] content)
            throws IOException, InterruptedException {
        return upload(path, field, Map.of(fileName, content));
    }

    /** Posts files (name → content) in one multipart form, all in field {@code field}, with the CSRF token. */
    public HttpResponse<String> upload(String path, String field, Map<String, byte[]> files)
            throws IOException, InterruptedException {
        String boundary = "hako" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        if (csrf != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, byte[]> file : new java.util.TreeMap<>(files).entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                    + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** GET of a download, as bytes. */
    public HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts a form with the CSRF token and, as a browser does, opens the page it redirects to. */
    public HttpResponse<String> submit(String path, Map<String, String> form) throws IOException, InterruptedException {
        HttpResponse<String> r = post(path, form);
        String to = location(r).replaceFirst("^https?://[^/]+", "");
        return r.statusCode() / 100 == 3 && !to.isEmpty() ? get(to) : r;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return r;
    }

    private URI uri(String path) {
        return URI.create(app.url(path));
    }

    /**
     * Starts the import waiting on its confirmation page ({@code page}, where an upload redirected to) and polls its
     * status until it no longer runs (at most a minute); returns that last status fragment.
     */
    public String importAndWait(String page) throws IOException, InterruptedException {
        get(page);
        HttpResponse<String> started = post(page, Map.of());
        if (started.statusCode() != 302) {
            throw new AssertionError("the import did not start: " + started.statusCode() + " " + started.body());
        }
        for (int i = 0; i < 600; i++) {
            String status = get(page + "/status").body();
            if (!status.contains("data-state=\"RUNNING\"")) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish within a minute");
    }

    public static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    /** Whether {@code r} redirects to {@code path} on this app (absolute or relative Location). */
    public static boolean isRedirectTo(HttpResponse<?> r, String path) {
        String to = location(r).replaceFirst("^https?://[^/]+", "");
        return r.statusCode() / 100 == 3 && to.equals(path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
