package hako.followups.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the cells of a filled-in sheet whatever Excel made of them: a date typed as text, an id
 * typed as a number. A value that cannot be read throws {@link IllegalArgumentException} with a
 * message for the marketer.
 */
final class SheetCells {

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);
    /** Excel's serial day 1 is 1900-01-01, counted as if 1900 had a 29 February. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private SheetCells() {
    }

    /** The cell as text, stripped; null when empty. Numbers come without a trailing ".0". */
    static String text(Row row, int column) {
        if (column < 0 || !row.hasCell(column)) {
            return null;
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        String raw;
        if (cell.getType() == CellType.ERROR) {
            throw new IllegalArgumentException("the cell holds an error (" + cell.getRawValue() + ")");
        } else if (cell.getType() == CellType.NUMBER) {
            raw = cell.asNumber().stripTrailingZeros().toPlainString();
        } else {
            raw = cell.getRawValue();
        }
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /** The number behind a date cell: a number, or a formula's (=TODAY()) last value; else null. */
    private static BigDecimal serial(Cell cell) {
        if (cell.getType() == CellType.NUMBER) {
            return cell.asNumber();
        }
        if (cell.getType() == CellType.FORMULA && cell.getRawValue() != null) {
            try {
                return new BigDecimal(cell.getRawValue().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A whole number (a task id, a step); null when empty. */
    static Long whole(Row row, int column, String what) {
        String t = text(row, column);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("\"" + t + "\" is not " + what);
        }
    }

    /** A date cell, or text as 2026-12-05 or 2026/12/05; null when empty. */
    static LocalDate date(Row row, int column) {
        if (column < 0 || !row.hasCell(column)) {
            return null;
        }
        Cell cell = row.getCell(column);
        BigDecimal serial = cell == null ? null : serial(cell);
        if (serial != null) {
            if (serial.compareTo(BigDecimal.valueOf(61)) < 0 || serial.compareTo(BigDecimal.valueOf(2958465)) > 0) {
                throw new IllegalArgumentException(serial.toPlainString() + " is not a date");
            }
            return EXCEL_EPOCH.plusDays(serial.longValue());
        }
        String t = text(row, column);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t, t.indexOf('/') >= 0 ? SLASHED : DASHED);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + t + "\" is not a date (write it as 2026-12-05)");
        }
    }
}
