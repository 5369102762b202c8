package hako.automations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hako.audit.AuditLog;
import hako.settings.HakoSettings;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AudienceTest extends OnASmallShop {

    @BeforeEach
    void fixture() throws Exception {
        clock.at(T0.plus(Duration.ofDays(1)));
        shop.customer("G", "Gmail user", "  Taro.Yamada@GMail.com ")
                .customer("H", "Hanako", "Hanako@Example.jp")
                .customer("N", "No consent", "no@example.jp")
                .customer("Q", "Not interested", "quiet@example.jp")
                .customer("B", "Bought it", "bought@example.jp");
        c.createStatement().execute("UPDATE customers SET consent_email = customer_id <> 'N'");
        for (String id : List.of("G", "H", "N", "B")) {
            site.view(id, "P1", T0);
            site.view(id, "P1", T0.plus(Duration.ofHours(1)));
        }
        site.view("Q", "P1", T0);
        site.add("B", "P1", 1, T0.plus(Duration.ofHours(5)));
    }

    private String export(AudienceFormat format) throws Exception {
        StringWriter out = new StringWriter();
        Audience.export(c, clock, HakoSettings.DEFAULTS, format, out, "tester");
        return out.toString();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String lines(String header, String... hashes) {
        return Stream.concat(header.isEmpty() ? Stream.empty() : Stream.of(header), Stream.of(hashes).sorted())
                .map(l -> l + "\r\n").collect(Collectors.joining());
    }

    @Test
    void googleGetsGmailWithoutDotsUnderTheHeaderEmail() throws Exception {
        assertEquals(lines("Email", sha256("taroyamada@gmail.com"), sha256("hanako@example.jp")),
                export(AudienceFormat.GOOGLE));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", sha256(""), "the digest itself");
    }

    @Test
    void metaAndYahooHashTheTrimmedLowerCaseAddress() throws Exception {
        assertEquals(lines("email", sha256("taro.yamada@gmail.com"), sha256("hanako@example.jp")),
                export(AudienceFormat.META));
        assertEquals(lines("", sha256("taro.yamada@gmail.com"), sha256("hanako@example.jp")),
                export(AudienceFormat.YAHOO));
    }

    @Test
    void everyExportIsAudited() throws Exception {
        export(AudienceFormat.META);
        var entry = AuditLog.recent(c, Audience.AUDIT_ACTION, 1).get(0);
        assertEquals("tester", entry.username());
        assertEquals("meta audience", entry.detail());
        assertEquals(2, entry.rows());
    }

    @Test
    void interestOlderThanTheAudienceWindowIsOut() throws Exception {
        clock.at(T0.plus(Duration.ofDays(31)));
        assertEquals("email\r\n", export(AudienceFormat.META));
    }
}
