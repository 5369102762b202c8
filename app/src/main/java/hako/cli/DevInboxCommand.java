package hako.cli;

import hako.delivery.ChannelConfig;
import hako.devinbox.DevInbox;
import hako.devinbox.LinePush;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako dev-inbox}: a local SMTP server and LINE stand-in that print what Hako sends, until stopped. */
@Command(name = "dev-inbox", mixinStandardHelpOptions = true,
        description = "For trying the automations on this machine: an SMTP server and a stand-in for the LINE"
                + " Messaging API on loopback that accept what Hako sends and print each email and LINE push here."
                + " Nothing leaves the machine; messages are kept in memory only. Prints the settings that point"
                + " 'hako serve' or 'hako deliver' at them. Not a mail server for real use.")
final class DevInboxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--smtp-port", paramLabel = "PORT", defaultValue = "2525", description = "SMTP port (default ${DEFAULT-VALUE}).")
    int smtpPort;

    @Option(names = "--line-port", paramLabel = "PORT", defaultValue = "2526",
            description = "Port of the LINE stand-in (default ${DEFAULT-VALUE}).")
    int linePort;

    @Option(names = "--line-token", paramLabel = "TOKEN", defaultValue = DevInbox.LINE_TOKEN,
            description = "The channel access token the LINE stand-in expects (default ${DEFAULT-VALUE}).")
    String lineToken;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.icegreen"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        try (DevInbox inbox = DevInbox.start("127.0.0.1", smtpPort, linePort, lineToken, push -> print(out, push))) {
            out.println("dev inbox: SMTP and a LINE stand-in on 127.0.0.1; every message Hako sends is printed here.");
            out.println("Point Hako at it (in the shell that runs hako serve / hako deliver):");
            for (Map.Entry<String, String> e : new TreeMap<>(inbox.config()).entrySet()) {
                out.println("  export " + ChannelConfig.environmentName(e.getKey()) + "=" + e.getValue());
            }
            out.println("  export HAKO_DELIVERY_SECRET=$(openssl rand -hex 32)");
            out.println("Stop with Ctrl-C.");
            out.flush();
            int shown = 0;
            while (!Thread.currentThread().isInterrupted()) {
                List<MimeMessage> mails = inbox.mails();
                for (; shown < mails.size(); shown++) {
                    synchronized (out) {
                        out.println("--- email " + (shown + 1) + " ---");
                        out.println(DevInbox.describe(mails.get(shown)));
                        out.flush();
                    }
                }
                Thread.sleep(500);
            }
        }
        return 0;
    }

    private static void print(PrintWriter out, LinePush push) {
        synchronized (out) {
            out.println("--- LINE push to " + push.to() + " ---");
            push.texts().forEach(out::println);
            out.flush();
        }
    }
}
