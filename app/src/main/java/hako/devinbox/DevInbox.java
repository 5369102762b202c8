package hako.devinbox;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A local SMTP server (GreenMail, no TLS, no login) and the LINE stand-in, both on loopback, keeping in
 * memory what arrives. {@link #config} gives the settings that point Hako at them.
 */
public final class DevInbox implements AutoCloseable {

    /** The channel access token the LINE stand-in expects unless told otherwise. */
    public static final String LINE_TOKEN = "dev-inbox-line-token";

    private final GreenMail smtp;
    private final LineStandIn line;
    private final String lineToken;

    private DevInbox(GreenMail smtp, LineStandIn line, String lineToken) {
        this.smtp = smtp;
        this.line = line;
        this.lineToken = lineToken;
    }

    /**
     * Starts both servers on {@code host}; a port of 0 takes a free one. {@code onPush} hears each LINE
     * push as it is accepted (from the server's thread).
     */
    public static DevInbox start(String host, int smtpPort, int linePort, String lineToken, Consumer<LinePush> onPush)
            throws IOException {
        ServerSetup setup = new ServerSetup(smtpPort, host, ServerSetup.PROTOCOL_SMTP);
        GreenMail smtp = new GreenMail(smtpPort == 0 ? setup.dynamicPort() : setup);
        smtp.start();
        try {
            return new DevInbox(smtp, new LineStandIn(host, linePort, lineToken, onPush), lineToken);
        } catch (IOException | RuntimeException e) {
            smtp.stop();
            throw e;
        }
    }

    /** The Spring properties (also environment variables, upper-cased with _) that send Hako's messages here. */
    public java.util.Map<String, String> config() {
        return java.util.Map.of("hako.smtp.host", smtp.getSmtp().getServerSetup().getBindAddress(),
                "hako.smtp.port", Integer.toString(smtp.getSmtp().getPort()), "hako.smtp.security", "none",
                "hako.line.base-url", line.baseUrl(), "hako.line.token", lineToken);
    }

    /** The emails received so far, oldest first. */
    public List<MimeMessage> mails() {
        return Arrays.asList(smtp.getReceivedMessages());
    }

    /** The LINE pushes accepted so far, oldest first. */
    public List<LinePush> pushes() {
        return line.pushes();
    }

    /** An email as a few lines for the console: recipient, subject, unsubscribe header, then the text. */
    public static String describe(MimeMessage mail) throws MessagingException, IOException {
        String[] unsubscribe = mail.getHeader("List-Unsubscribe");
        return "To: " + String.join(", ", Arrays.stream(mail.getAllRecipients()).map(Object::toString).toList())
                + "\nSubject: " + mail.getSubject()
                + (unsubscribe == null ? "" : "\nList-Unsubscribe: " + unsubscribe[0])
                + "\n\n" + mail.getContent();
    }

    @Override
    public void close() {
        try {
            line.close();
        } finally {
            smtp.stop();
        }
    }
}
