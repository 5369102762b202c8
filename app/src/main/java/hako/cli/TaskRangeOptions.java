package hako.cli;

import hako.followups.sheet.TaskRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** {@code --month 2026-12}, or {@code --from D --to D}: the due dates a sheet or list covers. */
final class TaskRangeOptions {

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month of due dates, e.g. 2026-12.")
    String month;

    @Option(names = "--from", paramLabel = "DATE", description = "First due date, e.g. 2026-12-01 (with --to).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last due date, e.g. 2026-12-31 (with --from).")
    String to;

    TaskRange range() {
        if (month != null) {
            if (from != null || to != null) {
                throw new IllegalArgumentException("give either --month or --from and --to, not both");
            }
            try {
                return TaskRange.month(YearMonth.parse(month.strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--month " + month + ": not a month, write it as 2026-12");
            }
        }
        if (from == null || to == null) {
            throw new IllegalArgumentException("give --month (e.g. 2026-12), or --from and --to");
        }
        return new TaskRange(date("--from", from), date("--to", to));
    }

    /** The range as a file name part: {@code 2026-12}, or {@code 2026-12-01_2026-12-15}. */
    String fileStem() {
        TaskRange r = range();
        return month != null ? YearMonth.from(r.from()).toString() : r.from() + "_" + r.to();
    }

    private static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.strip().replace('/', '-'));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " " + text + ": not a date, write it as 2026-12-01");
        }
    }
}
