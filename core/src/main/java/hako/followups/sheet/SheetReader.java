package hako.followups.sheet;

import hako.followups.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the task sheet of a filled-in workbook into entries, collecting every cell that cannot be
 * read instead of stopping at the first.
 */
final class SheetReader {

    /** Columns an import needs: the keys it checks and the inputs it applies. */
    private static final List<SheetColumn> REQUIRED = List.of(SheetColumn.TASK_ID, SheetColumn.DUE_DATE,
            SheetColumn.CUSTOMER_ID, SheetColumn.STEP, SheetColumn.CHANNEL, SheetColumn.OUTCOME, SheetColumn.STAFF,
            SheetColumn.CONTACTED_ON, SheetColumn.NOTE);

    private final List<SheetEntry> entries = new ArrayList<>();
    private final List<SheetProblem> problems = new ArrayList<>();
    private final Map<SheetColumn, Integer> index = new EnumMap<>(SheetColumn.class);
    private final Map<SheetColumn, String> headers = new EnumMap<>(SheetColumn.class);
    private final Map<Long, Integer> taskRows = new HashMap<>();
    private boolean headerSeen;
    private boolean stopped;

    List<SheetEntry> entries() {
        return entries;
    }

    List<SheetProblem> problems() {
        return problems;
    }

    String header(SheetColumn column) {
        return headers.getOrDefault(column, column.header(java.util.Locale.JAPANESE));
    }

    /** Reads {@code file}; a problem with the file or its header ends the reading. */
    SheetReader read(Path file) throws IOException {
        if (!kind(file)) {
            return this;
        }
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            Optional<Sheet> sheet = taskSheet(wb);
            if (sheet.isEmpty()) {
                String names = wb.getSheets().map(Sheet::getName).collect(Collectors.joining(", "));
                problems.add(new SheetProblem(0, null, "no sheet named " + String.join(" or ", SheetNames.taskNames())
                        + " (the workbook has: " + names + ")"));
                return this;
            }
            try (Stream<Row> rows = sheet.get().openStream()) {
                rows.forEachOrdered(this::row);
            }
            if (!headerSeen) {
                problems.add(new SheetProblem(0, null, "the sheet " + sheet.get().getName() + " is empty: no header row"));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new SheetProblem(0, null, "cannot read the workbook: " + e.getMessage()));
        }
        return this;
    }

    /** Whether the file is an .xlsx at all; an old .xls or an encrypted workbook is named as such. */
    private boolean kind(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n == head.length && ReadableWorkbook.isOOXMLZipHeader(head)) {
            return true;
        }
        problems.add(new SheetProblem(0, null, n == head.length && ReadableWorkbook.isOLE2Header(head)
                ? "an old .xls or password-protected workbook: save it in Excel as an unprotected .xlsx"
                : "not an .xlsx workbook"));
        return false;
    }

    private static Optional<Sheet> taskSheet(ReadableWorkbook wb) {
        for (String name : SheetNames.taskNames()) {
            Optional<Sheet> sheet = wb.findSheet(name);
            if (sheet.isPresent()) {
                return sheet;
            }
        }
        return Optional.empty();
    }

    private void row(Row row) {
        if (stopped) {
            return;
        }
        if (headerSeen) {
            entry(row);
            return;
        }
        headerSeen = true;
        header(row);
        stopped = !problems.isEmpty();
    }

    private void header(Row row) {
        for (int i = 0; i < row.getCellCount(); i++) {
            String text = headerText(row, i);
            for (SheetColumn column : SheetColumn.values()) {
                if (!index.containsKey(column) && column.named(text)) {
                    index.put(column, i);
                    headers.put(column, text);
                }
            }
        }
        for (SheetColumn column : REQUIRED) {
            if (!index.containsKey(column)) {
                problems.add(new SheetProblem(0, null, "missing column " + column.header(java.util.Locale.JAPANESE)
                        + " / " + column.header(java.util.Locale.ENGLISH) + " in the header row (row "
                        + row.getRowNum() + ")"));
            }
        }
    }

    private static String headerText(Row row, int i) {
        try {
            return SheetCells.text(row, i);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void entry(Row row) {
        Cells cells = new Cells(row);
        Long taskId = cells.get(SheetColumn.TASK_ID, () -> SheetCells.whole(row, at(SheetColumn.TASK_ID), "a task id"));
        Outcome outcome = cells.get(SheetColumn.OUTCOME, () -> {
            String t = SheetCells.text(row, at(SheetColumn.OUTCOME));
            return t == null ? null : Outcome.parse(t);
        });
        if (taskId == null) {
            if (outcome != null) {
                problems.add(new SheetProblem(row.getRowNum(), header(SheetColumn.TASK_ID),
                        "an outcome without a task id"));
            }
            return;
        }
        Integer earlier = taskRows.putIfAbsent(taskId, row.getRowNum());
        if (earlier != null) {
            problems.add(new SheetProblem(row.getRowNum(), header(SheetColumn.TASK_ID),
                    "task " + taskId + " is also on row " + earlier));
        }
        Long step = cells.get(SheetColumn.STEP, () -> SheetCells.whole(row, at(SheetColumn.STEP), "a step number"));
        SheetEntry entry = new SheetEntry(row.getRowNum(), taskId,
                cells.get(SheetColumn.CUSTOMER_ID, () -> SheetCells.text(row, at(SheetColumn.CUSTOMER_ID))),
                cells.get(SheetColumn.DUE_DATE, () -> SheetCells.date(row, at(SheetColumn.DUE_DATE))),
                cells.get(SheetColumn.CHANNEL, () -> SheetCells.text(row, at(SheetColumn.CHANNEL))),
                step == null ? null : step.intValue(), outcome,
                cells.get(SheetColumn.STAFF, () -> SheetCells.text(row, at(SheetColumn.STAFF))),
                cells.get(SheetColumn.NOTE, () -> SheetCells.text(row, at(SheetColumn.NOTE))),
                cells.get(SheetColumn.CONTACTED_ON, () -> SheetCells.date(row, at(SheetColumn.CONTACTED_ON))));
        if (cells.readable) {
            entries.add(entry);
        }
    }

    private int at(SheetColumn column) {
        return index.getOrDefault(column, -1);
    }

    /** Reads cells of one row, turning each unreadable one into a problem named by row and column. */
    private final class Cells {
        private final Row row;
        private boolean readable = true;

        Cells(Row row) {
            this.row = row;
        }

        <T> T get(SheetColumn column, java.util.function.Supplier<T> read) {
            try {
                return read.get();
            } catch (IllegalArgumentException e) {
                problems.add(new SheetProblem(row.getRowNum(), header(column), e.getMessage()));
                readable = false;
                return null;
            }
        }
    }
}
