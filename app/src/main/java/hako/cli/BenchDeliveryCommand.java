package hako.cli;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import hako.delivery.DeliveryBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako bench-delivery}: emails per second through the outbox against a bare Jakarta Mail loop. */
@Command(name = "bench-delivery", mixinStandardHelpOptions = true,
        description = "Send N emails to an in-process SMTP server (GreenMail on loopback) through the outbox, then the"
                + " same messages with a bare Jakarta Mail loop (no outbox), and compare emails per second.")
final class BenchDeliveryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--emails", paramLabel = "N", defaultValue = "10000", description = "Emails (default ${DEFAULT-VALUE}).")
    int emails;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "bench-delivery",
            description = "Folder for the temporary database (default ${DEFAULT-VALUE}); deleted after.")
    Path work;

    @Override
    public Integer call() throws Exception {
        if (emails < 1) {
            throw new IllegalArgumentException("--emails must be at least 1");
        }
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.icegreen"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        try {
            DeliveryBenchmark.Result r = new DeliveryBenchmark(work).run(emails, smtp.getSmtp().getPort());
            int received = smtp.getReceivedMessages().length;
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%,d emails to GreenMail on loopback; %d processors%n", emails,
                    Runtime.getRuntime().availableProcessors());
            out.printf(Locale.ROOT, "through the outbox   %7.2f s  %8.0f emails/s  (%s)%n", r.outboxSeconds(),
                    r.outboxPerSecond(), r.report());
            out.printf(Locale.ROOT, "bare Jakarta Mail    %7.2f s  %8.0f emails/s  (baseline: same messages, no outbox)%n",
                    r.bareSeconds(), r.barePerSecond());
            out.printf(Locale.ROOT, "ratio outbox / bare  %7.2f    (target: outbox >= 200 emails/s)%n",
                    r.outboxSeconds() / r.bareSeconds());
            out.printf(Locale.ROOT, "received by the server: %,d (expected %,d)%n", received, 2 * emails);
            return received == 2 * emails ? 0 : 1;
        } finally {
            smtp.stop();
        }
    }
}
