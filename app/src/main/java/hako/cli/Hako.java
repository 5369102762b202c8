package hako.cli;

import hako.followups.PlanFileRefused;
import hako.imports.ImportFailed;
import hako.store.DatabaseInUseException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.DateTimeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hako} command and its subcommands. */
@Command(name = "hako", mixinStandardHelpOptions = true, version = "Hako 0.1.0",
        description = "CRM for D2C and mail-order shops: import order exports, compute every customer's RFM, tier,"
                + " cluster and stage.",
        subcommands = {DemoCommand.class, ImportCommand.class, CustomersCommand.class, SummaryCommand.class,
            DecomposeCommand.class, CohortsCommand.class, EntryProductsCommand.class, JourneyCommand.class,
            BehavioursCommand.class, NpsCommand.class, ClvCommand.class, PlansCommand.class, FollowupsCommand.class,
            CareCommand.class, ReplenishmentCommand.class, ContactsCommand.class, ServeCommand.class,
            BenchCommand.class, BenchAnalysesCommand.class, BenchClvCommand.class, FollowupsBenchCommand.class,
            SheetBenchCommand.class, WebBenchCommand.class, SheetCommand.class, ListsCommand.class, EventsCommand.class,
            BenchEventsCommand.class, AutomationsCommand.class, AutomationsBenchCommand.class, DeliverCommand.class,
            BenchDeliveryCommand.class, ExportCommand.class, DevInboxCommand.class,
            CommandLine.HelpCommand.class})
public final class Hako {

    /** Exit code when input was refused (import errors). */
    static final int INPUT_REFUSED = 1;
    /** Exit code when the database file is held by another process. */
    static final int DATABASE_IN_USE = 3;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The command line wired to the given streams; tests run commands through this. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Hako());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, line, parsed) -> handle(e, line));
        return cl;
    }

    /** A user's mistake is one plain line; only Hako's own failures print a stack trace. */
    private static int handle(Exception e, CommandLine line) {
        PrintWriter w = line.getErr();
        if (e instanceof ImportFailed failed) {
            w.println(line.getColorScheme().errorText(failed.getMessage()));
            return INPUT_REFUSED;
        }
        if (e instanceof PlanFileRefused refused) {
            w.println(line.getColorScheme().errorText(refused.getMessage()));
            return INPUT_REFUSED;
        }
        if (e instanceof DatabaseInUseException inUse) {
            w.println(line.getColorScheme().errorText(inUse.getMessage()));
            return DATABASE_IN_USE;
        }
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException
                || e instanceof DateTimeException) {
            w.println(line.getColorScheme().errorText("hako: " + e.getMessage()));
            return line.getCommandSpec().exitCodeOnInvalidInput();
        }
        if (e instanceof FileSystemException file) {
            w.println(line.getColorScheme().errorText("hako: " + describe(file)));
            return line.getCommandSpec().exitCodeOnInvalidInput();
        }
        w.println(line.getColorScheme().errorText("hako: " + e));
        e.printStackTrace(w);
        return line.getCommandSpec().exitCodeOnExecutionException();
    }

    /** Java's own messages name only the path ("nodir/x.csv"); say what is wrong with it. */
    private static String describe(FileSystemException e) {
        String file = e.getFile();
        if (file == null) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder: " + file;
        }
        if (e instanceof AccessDeniedException) {
            return "access denied: " + file;
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists: " + file;
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder: " + file;
        }
        if (e.getOtherFile() == null && Files.isDirectory(Path.of(file))) {
            return "is a folder: " + file;
        }
        return e.getMessage();
    }
}
