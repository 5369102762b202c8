package hako.cli;

import hako.followups.sheet.ExportCount;
import hako.followups.sheet.FileFormat;
import hako.followups.sheet.FollowUpSheet;
import hako.followups.sheet.PersonalData;
import hako.followups.sheet.TaskRange;
import hako.store.ShopDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako followups export}: the management sheet of tasks already generated. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the management sheet (管理シート) of the follow-up tasks due in the month or range:"
                + " .xlsx with outcome and staff drop-downs for Excel (import it back with hako sheet import), or"
                + " CSV. Contact columns are included unless --no-contacts; such an export is audit-logged with"
                + " your OS user name.")
final class FollowupsExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ShopOptions shop;

    @Mixin
    TaskRangeOptions range;

    @Option(names = "--format", defaultValue = "xlsx", description = "xlsx or csv (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Output file (default followups-<month or range>.<format>).")
    Path output;

    @Option(names = "--lang", defaultValue = "ja", description = "ja or en headers and labels (default ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--no-contacts", description = "Leave out email, phone, postal code, address and LINE id.")
    boolean noContacts;

    @Override
    public Integer call() throws Exception {
        FileFormat fileFormat = CliWords.format(format);
        Locale locale = CliWords.language(lang);
        TaskRange r = range.range();
        Path file = output != null ? output : Path.of("followups-" + range.fileStem() + "." + fileFormat.extension());
        PersonalData personal = PersonalData.of(!noContacts);
        ExportCount count;
        try (Connection db = ShopDatabase.openExisting(shop.db)) {
            count = OutputFile.write(file, out -> FollowUpSheet.export(db, r, personal, locale, fileFormat, out,
                    CliWords.osUser()));
        }
        spec.commandLine().getOut().printf("%s: %d task(s) due %s, %d dropped%s%n", file, count.rows(), r,
                count.dropped(), fileFormat == FileFormat.XLSX ? " (on their own sheet)" : "");
        return 0;
    }
}
