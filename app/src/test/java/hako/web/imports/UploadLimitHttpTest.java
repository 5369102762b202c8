package hako.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import hako.web.WebApp;
import hako.web.security.WebSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An upload over the configured limits is refused with 413 and a message naming the limit, and
 * nothing is imported; one under them goes through. The limits are lowered for this app: 1 MB a
 * file, 1.2 MB a request (the request's declared length is checked before reading; a file over its
 * limit within a request under the other is found while reading).
 */
class UploadLimitHttpTest {

    static WebApp app;

    @BeforeAll
    static void start() throws Exception {
        app = WebApp.alone(Map.of("spring.servlet.multipart.max-file-size", "1MB",
                "spring.servlet.multipart.max-request-size", "1200KB"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aFileOverTheLimitGets413AndNothingIsStored() throws Exception {
        WebSession marketer = WebSession.loggedIn(app, WebApp.MARKETER);
        marketer.get("/imports");
        for (int size : new int[] {1_300_000, 1_100_000}) {
            HttpResponse<String> r = marketer.upload("/imports?lang=en", "files", "orders.csv", csv(size));
            assertThat(r.statusCode()).as(size + " bytes").isEqualTo(413);
            assertThat(r.body()).contains("the file is larger than the upload limit (1 MB)").doesNotContain("Exception");
            assertThat(stagedUploads()).isZero();
        }

        HttpResponse<String> small = marketer.upload("/imports?lang=en", "files", "orders.csv", csv(10_000));
        assertThat(small.statusCode()).isIn(200, 302);
    }

    private static byte[] csv(int bytes) {
        StringBuilder b = new StringBuilder("Order ID,Created at,Customer ID,Total\n");
        int i = 0;
        while (b.length() < bytes) {
            b.append("A").append(i).append(",2026-01-02,c").append(i % 100).append(",1000\n");
            i++;
        }
        return Arrays.copyOf(b.toString().getBytes(StandardCharsets.UTF_8), b.length());
    }

    private static long stagedUploads() throws Exception {
        try (Connection c = app.db().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM imports")) {
            r.next();
            return r.getLong(1);
        }
    }
}
