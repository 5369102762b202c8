package hako.cli;

import hako.followups.DefaultPlans;
import hako.followups.Plan;
import hako.followups.PlanFile;
import hako.followups.PlanStore;
import hako.followups.Step;
import hako.followups.ThreeThreeTwoRule;
import hako.followups.Trigger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako plans}: the follow-up plans, listed, exported to and imported from a CSV file. */
@Command(name = "plans", mixinStandardHelpOptions = true,
        description = "Follow-up plans: list them with their 3-3-2 check, export them to a CSV file, import an edited"
                + " file (all or nothing), enable, disable or delete one. A shop without plans gets the default ones.")
final class PlansCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "list", description = "Each plan: id, name, target, enabled, steps and whether it meets 3-3-2.")
    int list(@Mixin ShopOptions shop,
             @Option(names = "--format", defaultValue = "table", description = "table (default) or csv.")
             Listing.Format format) throws Exception {
        try (Connection db = shop.openExisting()) {
            installed(DefaultPlans.installIfNone(db));
            Listing out = new Listing("plan_id", "name", "target", "enabled", "steps", "3-3-2");
            for (Plan p : PlanStore.list(db)) {
                out.row(p.id(), p.name(), p.target(), p.enabled() ? "yes" : "no", steps(p),
                        ThreeThreeTwoRule.checkPlan(p).describe());
            }
            out.print(format, spec.commandLine().getOut());
        }
        return 0;
    }

    @Command(name = "export", description = "Write every plan to FILE (CSV, UTF-8 with BOM, one row per step).")
    int export(@Mixin ShopOptions shop, @Parameters(paramLabel = "FILE") Path file) throws Exception {
        try (Connection db = shop.openExisting()) {
            installed(DefaultPlans.installIfNone(db));
            int n = PlanFile.export(db, file);
            spec.commandLine().getOut().printf("%d plans written to %s%n", n, file);
        }
        return 0;
    }

    @Command(name = "import", description = "Save the plans of FILE in place of the plans of the same ids; other plans"
            + " stay. Any mistake refuses the whole file and lists file, line and column.")
    int importFile(@Mixin ShopOptions shop, @Mixin UserOption user, @Parameters(paramLabel = "FILE") Path file)
            throws Exception {
        try (Connection db = shop.openExisting()) {
            PlanFile.Imported imported = PlanFile.importFile(db, file, user.user);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%d plans imported from %s: added %s; replaced %s%n", imported.added().size()
                    + imported.replaced().size(), file, names(imported.added()), names(imported.replaced()));
        }
        return 0;
    }

    @Command(name = "enable", description = "Enable plan ID.")
    int enable(@Mixin ShopOptions shop, @Mixin UserOption user, @Parameters(paramLabel = "ID") String id)
            throws Exception {
        return setEnabled(shop, user, id, true);
    }

    @Command(name = "disable", description = "Disable plan ID: it generates no tasks; its tasks stay.")
    int disable(@Mixin ShopOptions shop, @Mixin UserOption user, @Parameters(paramLabel = "ID") String id)
            throws Exception {
        return setEnabled(shop, user, id, false);
    }

    @Command(name = "delete", description = "Delete plan ID and its steps; its tasks stay.")
    int delete(@Mixin ShopOptions shop, @Parameters(paramLabel = "ID") String id) throws Exception {
        try (Connection db = shop.openExisting()) {
            if (!PlanStore.delete(db, id)) {
                throw new IllegalArgumentException("no plan \"" + id + "\"");
            }
            spec.commandLine().getOut().println("plan " + id + " deleted");
        }
        return 0;
    }

    private int setEnabled(ShopOptions shop, UserOption user, String id, boolean enabled) throws Exception {
        try (Connection db = shop.openExisting()) {
            PlanStore.setEnabled(db, id, enabled, user.user);
            spec.commandLine().getOut().println("plan " + id + (enabled ? " enabled" : " disabled"));
        }
        return 0;
    }

    private void installed(boolean installed) {
        if (installed) {
            spec.commandLine().getErr().println("the shop had no plans: the default plans were installed");
        }
    }

    /** "R30 email · R45 dm", "d3 email", "run-out−7 dm". */
    static String steps(Plan p) {
        return p.steps().stream().map(PlansCommand::step).collect(Collectors.joining(" · "));
    }

    private static String step(Step s) {
        Trigger t = s.trigger();
        String when = switch (t.kind()) {
            case RECENCY -> "R" + t.days();
            case SINCE_FIRST -> "day " + t.days();
            case RUN_OUT -> "run-out" + (t.days() == 0 ? "" : (t.days() > 0 ? "+" : "") + t.days());
        };
        return when + " " + s.channel().key();
    }

    private static String names(java.util.List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }
}
