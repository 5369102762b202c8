package hako.cli;

import hako.delivery.Attribution;
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

/** {@code hako automations stats}: per scenario triggered, sent, clicked, converted and revenue. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Per scenario over the last N days: triggers decided, messages sent, clicked, converted (a"
                + " purchase within delivery.attribution_days after the message, attributed to the last message before"
                + " it) and the revenue of the attributed purchases.")
final class AutomationStatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ShopOptions shop;

    @Option(names = "--days", defaultValue = "30", description = "The period: the last N days (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--to", paramLabel = "INSTANT", description = "End of the period (default now).")
    Instant to;

    @Option(names = "--format", defaultValue = "table", description = "table (default) or csv.")
    Listing.Format format;

    @Override
    public Integer call() throws Exception {
        if (days < 1) {
            throw new IllegalArgumentException("--days must be at least 1");
        }
        HakoSettings settings = shop.settings();
        Instant end = to == null ? Clock.systemUTC().instant() : to;
        try (Connection db = shop.openExisting()) {
            Listing out = new Listing("scenario", "triggered", "sent", "clicked", "converted", "revenue")
                    .alignRight(1, 2, 3, 4, 5);
            for (Attribution.ScenarioStats s : Attribution.stats(db, settings.zone(), settings.delivery().attributionDays(),
                    end.minus(Duration.ofDays(days)), end)) {
                out.row(s.scenario(), s.triggered(), s.sent(), s.clicked(), s.converted(), s.revenue().toPlainString());
            }
            out.print(format, spec.commandLine().getOut());
        }
        return 0;
    }
}
