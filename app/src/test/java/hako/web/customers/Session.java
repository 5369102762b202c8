package hako.web.customers;

import hako.web.Browser;
import hako.web.WebApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP requests made as the person logged in to a browser (its session cookie), to read status codes and downloads. */
final class Session {

    private final WebApp app;
    private final String cookie;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    Session(WebApp app, Browser browser) {
        this.app = app;
        this.cookie = "HAKO_SESSION=" + browser.driver().manage().getCookieNamed("HAKO_SESSION").getValue();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(app.url(path))).header("Cookie", cookie).GET().build();
    }
}
