package hako.cli;

import hako.analyses.groups.GroupSnapshot;
import hako.customers.AsOfDate;
import hako.followups.Coverage;
import hako.followups.DropReason;
import hako.followups.FollowupTasks;
import hako.followups.Generation;
import hako.followups.ThreeThreeTwoRule;
import hako.followups.sheet.FileFormat;
import hako.followups.sheet.PersonalData;
import hako.followups.sheet.TaskRange;
import hako.settings.HakoSettings;
import java.io.PrintWriter;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako followups}: the monthly follow-up tasks generated from the plans, and the 3-3-2 coverage. */
@Command(name = "followups", mixinStandardHelpOptions = true,
        description = {"Follow-up tasks: generate a month's (or any range's) tasks from the enabled plans; export their"
                + " management sheet; the 3-3-2 coverage of the customers they target.",
                "Without a subcommand (hako followups --month 2026-12 --format xlsx): generate the month's tasks and"
                + " write their management sheet in one go, as generate then export do."},
        subcommands = FollowupsExportCommand.class)
final class FollowupsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ShopOptions shop;

    @Mixin
    AsOfOption asOf;

    @Mixin
    TaskRangeOptions dates;

    @Mixin
    ExportFileOptions file;

    @Option(names = "--no-contacts", description = "Leave out email, phone, postal code, address and LINE id.")
    boolean noContacts;

    /** Generates the range's tasks, then writes their sheet: the month's routine as one command. */
    @Override
    public Integer call() throws Exception {
        if (dates.month == null && dates.from == null && dates.to == null) {
            throw new ParameterException(spec.commandLine(), "give --month 2026-12 (or --from/--to) to generate the"
                    + " month's tasks and write its sheet, or a subcommand: generate, export, coverage");
        }
        HakoSettings settings = shop.settings();
        FileFormat format = file.format(FileFormat.XLSX);
        try (Connection db = shop.openExisting()) {
            TaskRange range = dates.range(db, settings.zone());
            LocalDate date = asOf.resolve(db, settings.zone());
            storeGroups(db, date, settings);
            Generation g = FollowupTasks.generate(db, range.from(), range.to(), date, settings.rules());
            print(g, spec.commandLine().getOut(), spec.commandLine().getErr());
            FollowupsExportCommand.write(db, range, dates, file, format, PersonalData.of(!noContacts),
                    spec.commandLine().getOut());
        }
        return 0;
    }

    @Command(name = "generate", description = "Generate every task due in the month (or --from/--to) from the enabled"
            + " plans, with targets read on the customer table at --as-of, and print counts per plan, step and channel"
            + " and the drop-outs per reason. Generating again adds only what is new.")
    int generate(@Mixin ShopOptions shop, @Mixin AsOfOption asOf, @Mixin TaskRangeOptions dates) throws Exception {
        HakoSettings settings = shop.settings();
        try (Connection db = shop.openExisting()) {
            LocalDate date = asOf.resolve(db, settings.zone());
            TaskRange range = dates.range(db, settings.zone());
            storeGroups(db, date, settings);
            Generation g = FollowupTasks.generate(db, range.from(), range.to(), date, settings.rules());
            print(g, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        return 0;
    }

    @Command(name = "coverage", description = "Of the customers the enabled plans target at --as-of, how many meet"
            + " 3-3-2 (3 contacts, 2 channels) in the 90 days up to it (up to today when --as-of is the latest order"
            + " date: contacts go on after the last order), overall and per plan.")
    int coverage(@Mixin ShopOptions shop, @Mixin AsOfOption asOf) throws Exception {
        HakoSettings settings = shop.settings();
        try (Connection db = shop.openExisting()) {
            LocalDate date = asOf.resolve(db, settings.zone());
            LocalDate contactsTo = Coverage.contactDay(date, AsOfDate.latestOrderDate(db), LocalDate.now(settings.zone()));
            storeGroups(db, date, settings);
            Coverage c = Coverage.at(db, date, contactsTo, settings.rules());
            Listing out = new Listing("plan_id", "name", "targeted", "meeting 3-3-2", "%").alignRight(2, 3, 4);
            for (Coverage.PlanShare p : c.plans()) {
                out.row(p.planId(), p.name(), p.share().targeted(), p.share().meeting(), percent(p.share()));
            }
            out.row("(all)", "each customer once", c.overall().targeted(), c.overall().meeting(), percent(c.overall()));
            spec.commandLine().getOut().printf("3-3-2 coverage of the customers targeted on %s (contacts %s – %s)%n",
                    c.asOf(), c.contactsTo().minusDays(ThreeThreeTwoRule.WINDOW_DAYS), c.contactsTo());
            out.print(Listing.Format.table, spec.commandLine().getOut());
        }
        return 0;
    }

    static void print(Generation g, PrintWriter out, PrintWriter err) {
        if (g.plansInstalled()) {
            err.println("the shop had no plans: the default plans were installed (hako plans list)");
        }
        out.printf(Locale.ROOT, "follow-up tasks due %s – %s (targets as of %s): %,d tasks, %,d added now, %,d open%n",
                g.from(), g.to(), g.asOf(), g.tasks(), g.added(), g.open());
        Listing t = new Listing("plan_id", "step", "channel", "tasks", "added", "open", "ticked", "purchased_since",
                "no_consent", "no_contact").alignRight(1, 3, 4, 5, 6, 7, 8, 9);
        for (Generation.Line l : g.lines()) {
            t.row(l.planId(), l.stepNo(), l.channel().key(), l.tasks(), l.added(), l.open(), l.ticked(),
                    l.dropped(DropReason.PURCHASED_SINCE), l.dropped(DropReason.NO_CONSENT),
                    l.dropped(DropReason.NO_CONTACT));
        }
        t.print(Listing.Format.table, out);
        out.printf(Locale.ROOT, "dropped: %,d purchased since, %,d no consent, %,d no contact details%n",
                g.dropped(DropReason.PURCHASED_SINCE), g.dropped(DropReason.NO_CONSENT), g.dropped(DropReason.NO_CONTACT));
        long earlier = g.earlierDropped().values().stream().mapToLong(Long::longValue).sum();
        if (earlier > 0) {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<DropReason, Long> e : g.earlierDropped().entrySet()) {
                b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,d %s", e.getValue(),
                        e.getKey().key()));
            }
            out.printf(Locale.ROOT, "open tasks of earlier generations dropped now: %s%n", b);
        }
    }

    private static String percent(Coverage.Share s) {
        return String.format(Locale.ROOT, "%.1f", s.percent());
    }

    /** Plans that target a behaviour or loyalty group read the groups stored at the as-of date. */
    private static void storeGroups(Connection db, LocalDate date, HakoSettings settings) throws java.sql.SQLException {
        if (FollowupTasks.targetGroups(db)) {
            GroupSnapshot.ensure(db, date, settings.behaviours());
        }
    }
}
