package hako.cli;

import hako.customers.AsOfDate;
import hako.followups.sheet.TaskRange;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** {@code --month 2026-12}, or {@code --from D --to D}: the due dates tasks, sheets and lists cover. */
final class TaskRangeOptions {

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month of due dates, e.g. 2026-12.")
    String month;

    @Option(names = "--from", paramLabel = "DATE", description = "First due date, e.g. 2026-12-01 (with --to).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last due date, e.g. 2026-12-31 (with --from).")
    String to;

    /** The range; dates in any form the importer reads (2026/12/01, R8.12.1…). */
    TaskRange range(Connection db, ZoneId zone) throws SQLException {
        if (month != null && (from != null || to != null)) {
            throw new IllegalArgumentException("give --month or --from/--to, not both");
        }
        if (month != null) {
            try {
                return TaskRange.month(YearMonth.parse(month.strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("cannot read --month \"" + month + "\": write it as 2026-12");
            }
        }
        if (from == null || to == null) {
            throw new IllegalArgumentException("give --month 2026-12, or both --from and --to");
        }
        return new TaskRange(AsOfDate.parse(db, from, zone), AsOfDate.parse(db, to, zone));
    }

    /** The range as a file name part: {@code 2026-12}, or {@code 2026-12-01_2026-12-15}. */
    String fileStem(TaskRange range) {
        return month != null ? YearMonth.from(range.from()).toString() : range.from() + "_" + range.to();
    }
}
