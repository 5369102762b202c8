package hako.cli;

import hako.delivery.ChannelConfig;
import hako.delivery.Deliverer;
import hako.delivery.DeliveryReport;
import hako.delivery.Sleeper;
import hako.settings.HakoSettings;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako deliver}: sends every automated message that is due, once. */
@Command(name = "deliver", mixinStandardHelpOptions = true,
        description = "Send every automated message that is due (automation triggers whose time has come), once, by"
                + " email and/or LINE, checking consent, unsubscribes, the frequency cap and LINE quiet hours at send"
                + " time. Channels and secrets come from the environment: HAKO_SMTP_HOST, HAKO_SMTP_PORT,"
                + " HAKO_SMTP_SECURITY (none|starttls|ssl), HAKO_SMTP_USER, HAKO_SMTP_PASSWORD, HAKO_LINE_BASE_URL,"
                + " HAKO_LINE_TOKEN, HAKO_DELIVERY_SECRET.")
final class DeliverCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ShopOptions shop;

    @Option(names = "--at", paramLabel = "INSTANT",
            description = "Run as if it were this moment (e.g. 2026-11-20T01:00:00Z); time goes on from there.")
    Instant at;

    @Override
    public Integer call() throws Exception {
        HakoSettings settings = shop.settings();
        ChannelConfig config = ChannelConfig.fromEnvironment();
        Clock clock = at == null ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(),
                Duration.between(Clock.systemUTC().instant(), at));
        try (Connection db = shop.openExisting();
             Deliverer deliverer = new Deliverer(db, settings, config, clock, Sleeper.REAL)) {
            DeliveryReport report = deliverer.run();
            spec.commandLine().getOut().println(report);
        }
        return 0;
    }
}
