package hako.delivery;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Email over SMTP with Jakarta Mail, one connection kept open across sends. Every message carries the
 * shop as sender, a Message-ID derived from its outbox id (a resend after a crash is recognisably the
 * same message), and the one-click unsubscribe headers (RFC 8058) the large mailbox providers require.
 */
final class SmtpSender implements ChannelSender {

    private static final int TIMEOUT_MS = 30_000;

    private final Session session;
    private final ChannelConfig.Smtp smtp;
    private final DeliverySettings settings;
    private final Clock clock;
    private Transport transport;

    SmtpSender(ChannelConfig.Smtp smtp, DeliverySettings settings, Clock clock) {
        if (settings.senderName().isBlank() || settings.senderEmail().isBlank() || settings.senderAddress().isBlank()) {
            throw new IllegalArgumentException("email needs the shop's sender details: set delivery.sender_name,"
                    + " delivery.sender_email and delivery.sender_address (特定電子メール法)");
        }
        this.smtp = smtp;
        this.settings = settings;
        this.clock = clock;
        Properties p = new Properties();
        p.put("mail.smtp.host", smtp.host());
        p.put("mail.smtp.port", Integer.toString(smtp.port()));
        p.put("mail.smtp.auth", Boolean.toString(!smtp.user().isEmpty()));
        p.put("mail.smtp.starttls.enable", Boolean.toString(smtp.security() == ChannelConfig.Security.STARTTLS));
        p.put("mail.smtp.starttls.required", Boolean.toString(smtp.security() == ChannelConfig.Security.STARTTLS));
        p.put("mail.smtp.ssl.enable", Boolean.toString(smtp.security() == ChannelConfig.Security.SSL));
        p.put("mail.smtp.ssl.checkserveridentity", "true");
        p.put("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MS));
        p.put("mail.smtp.timeout", Integer.toString(TIMEOUT_MS));
        p.put("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MS));
        this.session = Session.getInstance(p);
    }

    @Override
    public Outcome send(OutboxMessage message, String address, MessageRenderer.Rendered rendered) {
        try {
            MimeMessage mail = mail(message, address, rendered);
            if (transport == null) {
                transport = session.getTransport("smtp");
                transport.connect(smtp.host(), smtp.port(), smtp.user().isEmpty() ? null : smtp.user(),
                        smtp.user().isEmpty() ? null : smtp.password());
            }
            transport.sendMessage(mail, mail.getAllRecipients());
            return new Outcome.Delivered();
        } catch (MessagingException e) {
            int code = returnCode(e);
            if (code >= 500) {
                return new Outcome.Permanent("SMTP " + code + ": " + oneLine(e));
            }
            close();
            return new Outcome.Transient((code > 0 ? "SMTP " + code + ": " : "SMTP: ") + oneLine(e));
        } catch (IllegalStateException e) {
            close();
            return new Outcome.Transient("SMTP connection lost: " + e.getMessage());
        }
    }

    /** The message exactly as it goes out; {@code updateMessageID} keeps the derived Message-ID. */
    MimeMessage mail(OutboxMessage message, String address, MessageRenderer.Rendered rendered)
            throws MessagingException {
        String messageId = "<" + message.idempotencyKey() + "@" + domain(settings.senderEmail()) + ">";
        MimeMessage mail = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        try {
            mail.setFrom(new InternetAddress(settings.senderEmail(), settings.senderName(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        mail.setRecipients(Message.RecipientType.TO, new Address[] {new InternetAddress(address, true)});
        mail.setSubject(rendered.subject(), "UTF-8");
        mail.setText(rendered.text(), "UTF-8");
        mail.setSentDate(Date.from(clock.instant()));
        mail.setHeader("List-Unsubscribe", "<" + rendered.unsubscribeUrl() + ">, <mailto:" + settings.senderEmail()
                + "?subject=unsubscribe>");
        mail.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        mail.setHeader("X-Hako-Outbox", message.outboxId().replaceAll("[^\\x20-\\x7e]", "?"));
        mail.saveChanges();
        return mail;
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is gone either way
            }
            transport = null;
        }
    }

    private static int returnCode(Exception e) {
        for (Throwable t = e; t != null; t = t instanceof MessagingException m && m.getNextException() != null
                ? m.getNextException() : t.getCause()) {
            if (t instanceof SMTPSendFailedException s) {
                return s.getReturnCode();
            }
            if (t instanceof SMTPAddressFailedException a) {
                return a.getReturnCode();
            }
            if (t instanceof IOException) {
                return 0;
            }
        }
        return 0;
    }

    private static String oneLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        return m.replaceAll("\\s+", " ").strip();
    }

    private static String domain(String email) {
        int at = email.lastIndexOf('@');
        return at < 0 ? "hako.invalid" : email.substring(at + 1);
    }
}
