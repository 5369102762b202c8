package hako.cli;

import hako.automations.Audience;
import hako.automations.AudienceFormat;
import hako.automations.Automations;
import hako.automations.Decision;
import hako.automations.Evaluation;
import hako.automations.Outcome;
import hako.automations.Scenario;
import hako.automations.ScenarioSwitches;
import hako.settings.HakoSettings;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code hako automations}: evaluate the scenarios once, switch one on or off, export the retargeting
 * audience; {@code stats}: what was sent, clicked and bought.
 */
@Command(name = "automations", mixinStandardHelpOptions = true,
        description = "The three automations (cart_abandonment, browse_retargeting, recommendation): evaluate them"
                + " once, switch one on or off, export the browse-retargeting audience for an ad platform; their"
                + " delivery statistics (stats).", subcommands = AutomationStatsCommand.class)
final class AutomationsCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "run", description = "Evaluate every scenario that is on, once, at --at (default now), and print per"
            + " scenario what it decided, cancelled and left out. Evaluating again at the same instant adds nothing.")
    int run(@Mixin ShopOptions shop,
            @Option(names = "--at", paramLabel = "INSTANT", description = "Evaluate as if it were this instant:"
                    + " 2026-03-02T01:00:00Z, or a local date-time in the shop's zone (2026-03-02T10:00).") String at,
            @Option(names = "--dry-run", description = "Decide without writing anything.") boolean dryRun,
            @Option(names = "--show", defaultValue = "20", description = "Decisions listed per scenario, default ${DEFAULT-VALUE}.")
            int show) throws Exception {
        HakoSettings settings = shop.settings();
        Clock clock = at == null ? Clock.systemUTC() : Clock.fixed(instant(at, settings.zone()), ZoneOffset.UTC);
        PrintWriter out = spec.commandLine().getOut();
        try (Connection db = shop.openExisting()) {
            Evaluation e = dryRun ? Automations.dryRun(db, clock, settings) : Automations.run(db, clock, settings);
            out.printf(Locale.ROOT, "evaluated at %s in %.2f s%s%n", e.at(), e.seconds(),
                    dryRun ? " (dry run: nothing written)" : "");
            TextTable t = new TextTable("scenario", "on", "decided", "cancelled", "left out").alignRight(2);
            for (Outcome o : e.outcomes()) {
                t.row(o.scenario().key(), o.enabled() ? "on" : "off", Long.toString(o.decided()), counts(o.cancelled()),
                        counts(o.skipped()));
            }
            out.print(t.render());
            for (Outcome o : e.outcomes()) {
                if (o.decided() > 0 && show > 0) {
                    out.printf("%n%s (first %d of %d, by due time):%n", o.scenario().key(),
                            Math.min(show, o.decisions().size()), o.decided());
                    TextTable d = new TextTable("customer", "step", "due (UTC)", "trigger", "items").alignRight(1);
                    for (Decision x : o.decisions().subList(0, Math.min(show, o.decisions().size()))) {
                        d.row(x.customerId(), Integer.toString(x.step()), x.dueAt().toString(), x.triggerKey(),
                                x.summary() == null ? "" : x.summary());
                    }
                    out.print(d.render());
                }
            }
        }
        return 0;
    }

    @Command(name = "switch", description = "Switch a scenario on or off (off cancels its messages not yet due),"
            + " recorded in the audit log.")
    int toggle(@Mixin ShopOptions shop, @Mixin UserOption user,
               @Parameters(paramLabel = "SCENARIO", description = "cart_abandonment, browse_retargeting or recommendation.")
               String scenario,
               @Parameters(paramLabel = "on|off") String state) throws Exception {
        Scenario s = Scenario.ofKey(scenario);
        boolean on = switch (state.strip().toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("say on or off, not \"" + state + "\"");
        };
        try (Connection db = shop.openExisting()) {
            long cancelled = ScenarioSwitches.set(db, s, on, user.user, Clock.systemUTC());
            spec.commandLine().getOut().printf("%s is %s%s%n", s.key(), on ? "on" : "off",
                    on ? "" : "; pending messages cancelled: " + cancelled);
        }
        return 0;
    }

    @Command(name = "audience", description = "Write the browse-retargeting audience (customers with interest in the"
            + " last automation.browse.audience_days who agreed to email) as SHA-256 hashed emails in an ad platform's"
            + " customer-list format. Audit-logged.")
    int audience(@Mixin ShopOptions shop, @Mixin UserOption user,
                 @Option(names = "--format", required = true, paramLabel = "google|meta|yahoo-jp",
                         description = "google (CSV, header Email), meta (CSV, header email), yahoo-jp (text, no header).")
                 String format,
                 @Option(names = {"-o", "--out"}, paramLabel = "FILE",
                         description = "Output file (default: the standard output).") Path file) throws Exception {
        AudienceFormat f = AudienceFormat.ofKey(format);
        HakoSettings settings = shop.settings();
        try (Connection db = shop.openExisting()) {
            if (file == null) {
                Audience.export(db, Clock.systemUTC(), settings, f, spec.commandLine().getOut(), user.user);
            } else {
                long rows = OutputFile.write(file, o -> Audience.export(db, Clock.systemUTC(), settings, f,
                        new OutputStreamWriter(o, StandardCharsets.UTF_8), user.user));
                spec.commandLine().getOut().printf("%s: %d hashed email(s), %s format%n", file, rows, f.key());
            }
        }
        return 0;
    }

    private static Instant instant(String text, ZoneId zone) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(text.strip().replace(' ', 'T')).atZone(zone).toInstant();
            } catch (DateTimeException e2) {
                throw new IllegalArgumentException("--at \"" + text + "\": use an instant like 2026-03-02T01:00:00Z"
                        + " or a local date-time like 2026-03-02T10:00");
            }
        }
    }

    private static String counts(Map<String, Long> counts) {
        return counts.isEmpty() ? "-" : counts.entrySet().stream().map(x -> x.getKey() + " " + x.getValue())
                .collect(Collectors.joining(", "));
    }
}
