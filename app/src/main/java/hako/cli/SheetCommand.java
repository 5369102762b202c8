package hako.cli;

import hako.followups.Outcome;
import hako.followups.sheet.SheetImport;
import hako.followups.sheet.SheetImportReport;
import hako.followups.sheet.SheetProblem;
import hako.followups.sheet.SheetRefused;
import hako.settings.HakoSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako sheet import}: a filled-in management sheet back into Hako. */
@Command(name = "sheet", mixinStandardHelpOptions = true,
        description = "The management sheet (管理シート) filled in by staff.")
final class SheetCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Apply a filled-in sheet (.xlsx from hako followups export): each row with an outcome"
                    + " (済 / 反応なし / 購入) ticks its task off and writes the customer's contact history; rows"
                    + " left empty stay as they are. Everything is checked first: on any problem nothing is"
                    + " applied, every problem is listed with its row and column, and the exit code is 1.")
    int importSheet(@Mixin ShopOptions shop, @Mixin UserOption user,
                    @Parameters(paramLabel = "FILE.xlsx", description = "The filled-in sheet.") Path file)
            throws Exception {
        HakoSettings settings = shop.settings();
        String who = user.user;
        SheetImportReport report;
        try (Connection db = shop.openExisting()) {
            report = SheetImport.apply(db, file, who, LocalDate.now(settings.zone()));
        } catch (SheetRefused refused) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.commandLine().getColorScheme().errorText(refused.file() + ": "
                    + refused.problems().size() + " problem(s), nothing applied:"));
            for (SheetProblem p : refused.problems()) {
                err.println("  " + p);
            }
            return Hako.INPUT_REFUSED;
        }
        print(report, who, spec.commandLine().getOut());
        return 0;
    }

    private static void print(SheetImportReport r, String who, PrintWriter out) {
        out.printf("%d tick(s) applied as %s:", r.appliedTotal(), who);
        for (Outcome o : Outcome.values()) {
            out.printf(" %s %d%s", o.label(Locale.JAPANESE), r.applied().get(o), o == Outcome.PURCHASED ? "" : ",");
        }
        out.println();
        out.printf("%d row(s) already ticked exactly so, %d open task(s) left empty%n", r.unchanged(), r.untouched());
        if (r.outcomeRemoved() > 0) {
            out.printf("%d ticked task(s) had their outcome emptied: a sheet does not undo a tick (they stay ticked)%n",
                    r.outcomeRemoved());
        }
    }
}
