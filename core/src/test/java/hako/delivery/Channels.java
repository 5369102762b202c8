package hako.delivery;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A real SMTP server (GreenMail) and the LINE stub on loopback, and the configuration pointing at them. */
final class Channels implements AutoCloseable {

    final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    final LineStub line;

    Channels() throws IOException {
        smtp.start();
        line = new LineStub();
    }

    ChannelConfig config() {
        return ChannelConfig.from(Map.of(ChannelConfig.SMTP_HOST, "127.0.0.1",
                ChannelConfig.SMTP_PORT, Integer.toString(smtp.getSmtp().getPort()), ChannelConfig.SMTP_SECURITY, "none",
                ChannelConfig.LINE_BASE, line.baseUrl(), ChannelConfig.LINE_TOKEN, LineStub.TOKEN,
                ChannelConfig.SECRET, Shop.SECRET)::get);
    }

    List<MimeMessage> mails() {
        return Arrays.asList(smtp.getReceivedMessages());
    }

    @Override
    public void close() {
        smtp.stop();
        line.close();
    }
}
