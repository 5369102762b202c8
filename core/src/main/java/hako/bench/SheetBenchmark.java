package hako.bench;

import hako.followups.sheet.ExportCount;
import hako.followups.sheet.FileFormat;
import hako.followups.sheet.FollowUpSheet;
import hako.followups.sheet.PersonalData;
import hako.followups.sheet.SheetImport;
import hako.followups.sheet.SheetImportReport;
import hako.followups.sheet.TaskRange;
import hako.store.ShopDatabase;
import hako.store.Sql;
import hako.store.Variables;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Times the management sheet for N tasks: writing it as .xlsx and as CSV, DuckDB's own
 * {@code COPY (the same query) TO csv} as the baseline, and importing the written .xlsx back with
 * every ticked row applied (the ticks are forgotten in between).
 */
public final class SheetBenchmark {

    /** Seconds per step, the tasks written and applied, and the .xlsx size in bytes. */
    public record Result(int tasks, int sheetRows, double xlsx, double csv, double rawCopy, double importXlsx,
                         int applied, long xlsxBytes) {

        public double xlsxRatio() {
            return xlsx / rawCopy;
        }

        public double csvRatio() {
            return csv / rawCopy;
        }
    }

    private static final TaskRange DECEMBER = TaskRange.month(YearMonth.of(2026, 12));

    private final Path workDir;

    public SheetBenchmark(Path workDir) {
        this.workDir = workDir;
    }

    public Result run(int tasks) throws Exception {
        Path dir = Files.createDirectories(workDir.resolve("sheet-" + tasks));
        Path dbFile = dir.resolve("sheet.duckdb");
        Files.deleteIfExists(dbFile);
        Path xlsxFile = dir.resolve("sheet.xlsx");
        try (Connection db = ShopDatabase.open(dbFile)) {
            Variables.set(db, "bench_tasks", (long) tasks);
            Sql.run(db, SheetBenchmark.class, "sheet_fill.sql");
            long start = System.nanoTime();
            ExportCount written = export(db, FileFormat.XLSX, xlsxFile);
            double xlsx = seconds(start);
            start = System.nanoTime();
            export(db, FileFormat.CSV, dir.resolve("sheet.csv"));
            double csv = seconds(start);
            double raw = rawCopy(db, dir.resolve("raw.csv"));
            Sql.run(db, SheetBenchmark.class, "sheet_untick.sql");
            start = System.nanoTime();
            SheetImportReport report = SheetImport.apply(db, xlsxFile, "bench", LocalDate.of(2027, 1, 1));
            double importXlsx = seconds(start);
            return new Result(tasks, written.rows(), xlsx, csv, raw, importXlsx, report.appliedTotal(),
                    Files.size(xlsxFile));
        } finally {
            Files.deleteIfExists(dbFile);
            Files.deleteIfExists(dir.resolve("sheet.duckdb.wal"));
        }
    }

    private static ExportCount export(Connection db, FileFormat format, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            return FollowUpSheet.export(db, DECEMBER, PersonalData.INCLUDED, Locale.JAPANESE, format, out, "bench");
        }
    }

    /** The sheet's own query, written by DuckDB straight to a CSV file. */
    private static double rawCopy(Connection db, Path file) throws Exception {
        String query = Sql.load(FollowUpSheet.class, "task_rows.sql").replaceAll("(?m)^--.*$", "").strip();
        try (PreparedStatement p = db.prepareStatement("COPY (" + query + ") TO ? (HEADER)")) {
            for (int i = 1; i <= 5; i++) {
                p.setBoolean(i, true);
            }
            p.setObject(6, DECEMBER.from());
            p.setObject(7, DECEMBER.to());
            p.setBoolean(8, true);
            p.setBoolean(9, true);
            p.setString(10, file.toString());
            long start = System.nanoTime();
            p.execute();
            return seconds(start);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
