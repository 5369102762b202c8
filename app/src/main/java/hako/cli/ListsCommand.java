package hako.cli;

import hako.followups.sheet.FileFormat;
import hako.followups.sheet.ListKind;
import hako.followups.sheet.ListReport;
import hako.followups.sheet.PersonalData;
import hako.followups.sheet.PrintLists;
import hako.followups.sheet.TaskRange;
import hako.settings.HakoSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako lists}: the print and call lists of a month's open follow-up tasks. */
@Command(name = "lists", mixinStandardHelpOptions = true,
        description = "Write the list of the open follow-up tasks of one channel due in the month or range, one row"
                + " per task, as CSV (the default) or xlsx: dm (name, postal code, address), package-insert (the customer's latest order not"
                + " shipped yet), phone, email or line. Rows missing a required field are left out and counted."
                + " Every list is audit-logged with your OS user name.")
final class ListsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ShopOptions shop;

    @Parameters(paramLabel = "LIST", description = "dm, package-insert, phone, email or line.")
    String list;

    @Mixin
    TaskRangeOptions range;

    @Mixin
    ExportFileOptions file;

    @Override
    public Integer call() throws Exception {
        ListKind kind = ListKind.ofKey(list);
        FileFormat fileFormat = file.format(FileFormat.CSV);
        Locale locale = file.locale();
        PrintWriter out = spec.commandLine().getOut();
        HakoSettings settings = shop.settings();
        try (Connection db = shop.openExisting()) {
            TaskRange r = range.range(db, settings.zone());
            Path path = file.file(kind.key(), range, r, fileFormat);
            ListReport report = OutputFile.write(path, o -> PrintLists.export(db, kind, r, PersonalData.INCLUDED,
                    locale, fileFormat, o, ExportFileOptions.osUser()));
            out.printf("%s: %d row(s), open %s tasks due %s%n", path, report.rows(), kind.key(), r);
            if (report.skippedTotal() > 0) {
                out.printf("left out %d task(s) missing a required field: %s%n", report.skippedTotal(),
                        report.skipped().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                                .collect(Collectors.joining(", ")));
            }
            if (kind == ListKind.PACKAGE_INSERT && report.rows() == 0 && report.skippedTotal() > 0) {
                out.printf("no customer of these tasks has an order not shipped yet; order statuses in the data: %s%n",
                        statuses(PrintLists.orderStatuses(db)));
            }
        }
        return 0;
    }

    private static String statuses(Map<String, Long> statuses) {
        return statuses.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
