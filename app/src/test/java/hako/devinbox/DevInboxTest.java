package hako.devinbox;

import static org.assertj.core.api.Assertions.assertThat;

import hako.delivery.ChannelConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dev inbox's LINE stand-in answers as the Messaging API does for what Hako sends (Hako's own sender
 * reaches it in DemoShopJourneyTest): a push gets through once, a repeated retry key is refused (409), a
 * wrong token 401, a malformed push 400; only accepted pushes are kept and reported.
 */
class DevInboxTest {

    DevInbox inbox;
    final List<LinePush> heard = new ArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        inbox = DevInbox.start("127.0.0.1", 0, 0, DevInbox.LINE_TOKEN, heard::add);
    }

    @AfterEach
    void stop() {
        inbox.close();
    }

    int push(String token, String retryKey, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(inbox.config().get("hako.line.base-url")
                        + "/v2/bot/message/push")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (retryKey != null) {
            r.header("X-Line-Retry-Key", retryKey);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void aPushGetsThroughOnceAndTheStandInRefusesWhatLineRefuses() throws Exception {
        String body = "{\"to\":\"U-1\",\"messages\":[{\"type\":\"text\",\"text\":\"カートに商品が残っています\"}]}";
        assertThat(push(DevInbox.LINE_TOKEN, "key-1", body)).isEqualTo(200);
        // the same message again (a resend after a crash): refused as LINE does, not delivered twice
        assertThat(push(DevInbox.LINE_TOKEN, "key-1", body)).isEqualTo(409);
        assertThat(inbox.pushes()).hasSize(1);
        LinePush push = inbox.pushes().get(0);
        assertThat(push.to()).isEqualTo("U-1");
        assertThat(push.texts()).containsExactly("カートに商品が残っています");
        assertThat(push.authorization()).isEqualTo("Bearer " + DevInbox.LINE_TOKEN);
        assertThat(push.retryKey()).isEqualTo("key-1");
        assertThat(heard).containsExactly(push);

        String other = "{\"to\":\"U-2\",\"messages\":[{\"type\":\"text\",\"text\":\"x\"}]}";
        assertThat(push("wrong-token", null, other)).isEqualTo(401);
        assertThat(push(DevInbox.LINE_TOKEN, null, "{\"messages\":[]}")).isEqualTo(400);
        assertThat(push(DevInbox.LINE_TOKEN, null, "not json")).isEqualTo(400);
        assertThat(push(DevInbox.LINE_TOKEN, null, other)).isEqualTo(200);
        assertThat(inbox.pushes()).extracting(LinePush::to).containsExactly("U-1", "U-2");
    }

    @Test
    void theConfigurationPointsHakoAtBothServers() {
        Map<String, String> config = inbox.config();
        ChannelConfig channels = ChannelConfig.from(key -> key.equals(ChannelConfig.SECRET) ? "s" : config.get(key));
        assertThat(channels.smtp().orElseThrow().host()).isEqualTo("127.0.0.1");
        assertThat(channels.smtp().orElseThrow().security()).isEqualTo(ChannelConfig.Security.NONE);
        assertThat(channels.line().orElseThrow().token()).isEqualTo(DevInbox.LINE_TOKEN);
        assertThat(inbox.mails()).isEmpty();
    }
}
