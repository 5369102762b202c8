package hako.followups.sheet;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** The due dates a sheet or list covers, both ends included. */
public record TaskRange(LocalDate from, LocalDate to) {

    public TaskRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Every day of {@code month}. */
    public static TaskRange month(YearMonth month) {
        return new TaskRange(month.atDay(1), month.atEndOfMonth());
    }

    /** {@code 2026-12-01..2026-12-31}, as the audit log and the info sheet show it. */
    @Override
    public String toString() {
        return from + ".." + to;
    }
}
