package hako.cli;

import hako.events.EventsCsvImport;
import hako.store.ShopDatabase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako events}: site events from files (the web API takes them live). */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Site events (product views, carts, purchases).",
        subcommands = EventsCommand.Import.class)
final class EventsCommand {

    /** {@code hako events import FILE…}: all files in one transaction, checked as the API checks. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import events CSV files (columns: the API's field names; one line per event, a purchase"
                    + " one line per product). All or nothing; a line already imported is not stored twice.")
    static final class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        ShopOptions shop;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Events CSV files.")
        List<Path> files;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            EventsCsvImport.Report report;
            CreatedDatabase created = CreatedDatabase.before(shop.db);
            try (Connection db = ShopDatabase.open(shop.db)) {
                report = new EventsCsvImport(db, shop.settings().zone()).run(files);
            } catch (Exception e) {
                created.removeAfter(e);
                throw e;
            }
            for (EventsCsvImport.FileReport f : report.files()) {
                out.printf("%s: %,d events, %,d stored, %,d already stored%n", f.file(), f.events(), f.stored(),
                        f.duplicates());
            }
            out.printf("%,d new orders from purchases; import %d into %s%n", report.orders(), report.importId(), shop.db);
            return 0;
        }
    }
}
