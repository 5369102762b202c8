package hako.web.bench;

import hako.web.HakoWeb;
import hako.web.WebOptions;
import hako.web.security.Accounts;
import hako.web.security.Role;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Serves a shop and loads its pages with wrk over loopback as a logged-in user, reporting latency
 * percentiles per page; beside each page, the raw DuckDB queries the page stands on, timed in the
 * same run, so the result is a ratio.
 */
public final class PageBenchmark implements AutoCloseable {

    /** One page's latencies under load, in milliseconds, and its raw-SQL baseline's p95. */
    public record Result(String page, double p50, double p95, double p99, long requests, long errors,
                         double rawP95) {
        public double ratio() {
            return p95 / rawP95;
        }

        Result withBaseline(double rawP95) {
            return new Result(page, p50, p95, p99, requests, errors, rawP95);
        }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern LINE = Pattern.compile(
            "hako p50=(\\d+) p95=(\\d+) p99=(\\d+) requests=(\\d+) errors=(\\d+)");

    private final ConfigurableApplicationContext app;
    private final WebOptions options;
    private final String cookie;

    /** The account the benchmark logs in as: created, or its password reset, on every run. */
    static final String USER = "bench";

    public PageBenchmark(WebOptions options, java.io.PrintWriter out) throws Exception {
        this.options = options;
        this.app = HakoWeb.start(options, out);
        String password = java.util.UUID.randomUUID().toString();
        Accounts accounts = app.getBean(Accounts.class);
        if (accounts.all().stream().anyMatch(a -> a.username().equals(USER))) {
            accounts.setPassword(USER, password);
        } else {
            accounts.create(USER, password, Role.MARKETER);
        }
        this.cookie = login(USER, password);
        awaitIdle(out);
    }

    /**
     * Waits until the work a freshly started server does in the background is done, so that the pages are
     * measured as on a server that has run for a while, not beside it: the CLV fit (when the shop has no
     * current one) and the analyses' facts at the latest order date, which the board's leak check needs.
     */
    private void awaitIdle(java.io.PrintWriter out) throws Exception {
        long start = System.nanoTime();
        app.getBean(hako.web.clv.ClvState.class).settled().get();
        try (java.sql.Connection c = db().getConnection()) {
            if (hako.customers.MetricSnapshot.dataVersion(c) > 0) {
                hako.analyses.facts.AnalysisFacts.ensure(c, hako.customers.AsOfDate.latestOrderDate(c));
            }
        }
        out.printf(java.util.Locale.ROOT, "server idle after %.1f s (CLV fit, analyses' facts)%n",
                (System.nanoTime() - start) / 1e9);
        out.flush();
    }

    /** The shop's data source, for the raw baselines. */
    public javax.sql.DataSource db() {
        return app.getBean(javax.sql.DataSource.class);
    }

    /**
     * Loads {@code path} with wrk for {@code seconds} over {@code connections} connections, after a
     * warm-up of the same length that is not counted: a freshly started JVM spends its first thousand
     * requests compiling, which is not what a server that has run for a day does. A request times out after
     * 30 s, not wrk's 2 s: on a loaded machine a slow page is a latency to report, not an error.
     */
    public Result run(String path, int seconds, int connections, RawQuery baseline, int rawRuns) throws Exception {
        requireOk(path);
        wrk(path, seconds, connections);
        return wrk(path, seconds, connections).withBaseline(baseline.p95Millis(db(), rawRuns));
    }

    private Result wrk(String path, int seconds, int connections) throws Exception {
        String output = Wrk.run("p95.lua", List.of("-t1", "-c" + connections, "-d" + seconds + "s", "--timeout", "30s", "--latency",
                "-H", "Cookie: " + cookie, url(path)));
        Matcher m = LINE.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("wrk printed no result:\n" + output);
        }
        return new Result(path, Long.parseLong(m.group(1)) / 1e3, Long.parseLong(m.group(2)) / 1e3,
                Long.parseLong(m.group(3)) / 1e3, Long.parseLong(m.group(4)), Long.parseLong(m.group(5)), 0);
    }

    /** Whether wrk is installed. */
    public static boolean wrkAvailable() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void requireOk(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ", not 200: not benchmarking it");
        }
    }

    private String login(String user, String password) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (location.contains("error")) {
            throw new IllegalStateException("could not log in as " + user);
        }
        for (HttpCookie c : cookies.getCookieStore().getCookies()) {
            if (c.getName().equals("HAKO_SESSION")) {
                return c.getName() + "=" + c.getValue();
            }
        }
        throw new IllegalStateException("no session cookie after logging in");
    }

    private String url(String path) {
        return "http://" + options.host() + ":" + app.getEnvironment().getProperty("local.server.port") + path;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        app.close();
    }
}
