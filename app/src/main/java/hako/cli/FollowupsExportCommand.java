package hako.cli;

import hako.followups.sheet.ExportCount;
import hako.followups.sheet.FileFormat;
import hako.followups.sheet.FollowUpSheet;
import hako.followups.sheet.PersonalData;
import hako.followups.sheet.TaskRange;
import hako.settings.HakoSettings;
import java.io.PrintWriter;
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
                + " .xlsx (the default) with outcome and staff drop-downs for Excel (import it back with hako sheet import), or"
                + " CSV. Contact columns are included unless --no-contacts; such an export is audit-logged with"
                + " your OS user name.")
final class FollowupsExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ShopOptions shop;

    @Mixin
    TaskRangeOptions range;

    @Mixin
    ExportFileOptions file;

    @Option(names = "--no-contacts", description = "Leave out email, phone, postal code, address and LINE id.")
    boolean noContacts;

    @Override
    public Integer call() throws Exception {
        FileFormat fileFormat = file.format(FileFormat.XLSX);
        HakoSettings settings = shop.settings();
        try (Connection db = shop.openExisting()) {
            write(db, range.range(db, settings.zone()), range, file, fileFormat, PersonalData.of(!noContacts),
                    spec.commandLine().getOut());
        }
        return 0;
    }

    /** Writes the sheet of the tasks due in {@code r} and says where and how many. */
    static void write(Connection db, TaskRange r, TaskRangeOptions range, ExportFileOptions file, FileFormat fileFormat,
                      PersonalData personal, PrintWriter out) throws Exception {
        Locale locale = file.locale();
        Path path = file.file("followups", range, r, fileFormat);
        ExportCount count = OutputFile.write(path, o -> FollowUpSheet.export(db, r, personal, locale,
                fileFormat, o, ExportFileOptions.osUser()));
        out.printf("%s: %d task(s) due %s, %d dropped%s%n", path, count.rows(), r,
                count.dropped(), fileFormat == FileFormat.XLSX ? " (on their own sheet)" : "");
    }
}
