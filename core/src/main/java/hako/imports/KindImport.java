package hako.imports;

import hako.store.Variables;
import hako.store.ProgressQuery;
import hako.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Stages, checks and merges the files of one kind, with the scripts {@code <kind>_parse.sql}
 * (one file's rows, parsed, straight from the CSV reader), {@code _stage.sql}, {@code _errors.sql},
 * {@code _report.sql} and {@code _merge.sql} in this package.
 */
abstract sealed class KindImport permits OrdersImport, MasterImport {

    final Connection c;
    final ImportKind kind;
    final List<Integer> fileNos;
    final List<Source> sources;
    private final Long[] bases;

    /** The import of the files {@code fileNos} (all of {@code kind}) among {@code sources}. */
    static KindImport of(Connection c, ImportKind kind, List<Integer> fileNos, List<Source> sources) {
        return kind == ImportKind.ORDERS ? new OrdersImport(c, fileNos, sources) : new MasterImport(c, kind, fileNos, sources);
    }

    KindImport(Connection c, ImportKind kind, List<Integer> fileNos, List<Source> sources) {
        this.c = c;
        this.kind = kind;
        this.fileNos = fileNos;
        this.sources = sources;
        this.bases = new Long[sources.size()];
        java.util.Arrays.fill(bases, 0L);
    }

    /** Reads every file of this kind into {@code hako_<kind>_staged}, noting the rows read per file in {@code rows}. */
    void stage(ImportProgress progress, long[] rows) throws SQLException, ImportFailed {
        String prefix = kind.label();
        // the parse leaves out the work for columns no file maps (all kinds stage before any merges)
        Variables.setList(c, "hako_mapped", "VARCHAR", mappedFields());
        long before = System.nanoTime();
        beforeStaging();
        Trace.statement(prefix, "before staging", before);
        String parse = Sql.load(KindImport.class, prefix + "_parse.sql");
        for (int i : fileNos) {
            execute("CREATE OR REPLACE TEMP VIEW hako_" + prefix + "_src AS SELECT " + i + " AS file_no, * FROM hako_src_" + i);
            String sql = (i == fileNos.get(0) ? "CREATE OR REPLACE TEMP TABLE hako_" + prefix + "_staged AS "
                    : "INSERT INTO hako_" + prefix + "_staged ") + parse;
            try {
                long start = System.nanoTime();
                ProgressQuery.execute(c, sql, "reading " + sources.get(i).name(), progress::advance);
                Trace.statement(prefix + "_parse.sql", sql, start);
            } catch (SQLException e) {
                throw ImportFailed.of(csvError(i, e));
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT min(rowid), count(*) FROM hako_"
                    + prefix + "_staged WHERE file_no = " + i)) {
                r.next();
                bases[i] = r.getLong(1);
                rows[i] = r.getLong(2);
            }
        }
    }

    /** DuckDB's CSV error for file {@code fileNo}, with its record number turned into the line an editor shows. */
    ImportError csvError(int fileNo, SQLException e) {
        ImportError error = RawTable.describe(sources.get(fileNo).file(), e);
        if (error.line() <= 0) {
            return error;
        }
        try {
            Long line = PhysicalLines.of(sources.get(fileNo).readPath(), Set.of(error.line())).get(error.line());
            return line == null ? error : new ImportError(error.file(), line, error.column(), error.message());
        } catch (java.io.IOException io) {
            return error;
        }
    }

    /** Per file that maps an amount column: whether it held line amounts (true) or order totals. */
    Map<Integer, Boolean> amountModes() throws SQLException {
        return Map.of();
    }

    /** Checks the staged rows and merges them; throws with the first errors if any. */
    ImportReport.KindSummary merge(ImportProgress progress) throws SQLException, ImportFailed {
        String prefix = kind.label();
        Variables.setList(c, "hako_mapped", "VARCHAR", mappedFields());   // again: another kind may have staged since
        Variables.setList(c, "hako_bases", "BIGINT", bases);
        beforeForming();
        // Past staging, row order no longer carries line numbers: let DuckDB write in parallel.
        execute("SET preserve_insertion_order = false");
        script(prefix + "_stage.sql", "checking " + prefix, progress);
        long check = System.nanoTime();
        boolean mayHaveErrors = mayHaveErrors();
        Trace.statement(prefix, "check", check);
        if (mayHaveErrors) {
            beforeErrorReport();
            List<ImportError> errors = new ArrayList<>();
            long total = errors(prefix + "_errors.sql", errors);
            if (total > 0) {
                restageInFileOrder(progress);
                beforeErrorReport();
                errors.clear();
                throw new ImportFailed(errors, errors(prefix + "_errors.sql", errors));
            }
        }
        ImportReport.KindSummary summary = report(prefix + "_report.sql");
        script(prefix + "_merge.sql", "merging " + prefix, progress);
        execute("RESET preserve_insertion_order");
        return summary;
    }

    private Object[] mappedFields() {
        Set<String> mapped = new LinkedHashSet<>();
        for (int i : fileNos) {
            for (Field f : Field.values()) {
                if (sources.get(i).mapping().has(f)) {
                    mapped.add(f.key());
                }
            }
        }
        return mapped.toArray();
    }

    private long errors(String script, List<ImportError> into) throws SQLException {
        String sql = "SELECT count(*) OVER () AS total, * FROM (" + Sql.load(KindImport.class, script)
                + ") ORDER BY file_no, line, field, message LIMIT " + ImportFailed.MAX_LISTED;
        long total = 0;
        List<Object[]> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                total = r.getLong("total");
                rows.add(new Object[] {r.getInt("file_no"), r.getLong("line"), r.getString("field"), r.getString("message")});
            }
        }
        Map<Integer, Map<Long, Long>> physical = physicalLines(rows);
        for (Object[] row : rows) {
            Source source = sources.get((Integer) row[0]);
            String field = (String) row[2];
            String header = source.mapping().column(Field.ofKey(field, kind))
                    .map(i -> source.mapping().headers().get(i)).orElse(field);
            long line = physical.get((Integer) row[0]).getOrDefault((Long) row[1], (Long) row[1]);
            into.add(new ImportError(source.name(), line, header, (String) row[3]));
        }
        return total;
    }

    /** Record numbers of the listed errors, per file, mapped to the lines an editor shows. */
    private Map<Integer, Map<Long, Long>> physicalLines(List<Object[]> rows) {
        Map<Integer, Set<Long>> wanted = new HashMap<>();
        rows.forEach(r -> wanted.computeIfAbsent((Integer) r[0], k -> new HashSet<>()).add((Long) r[1]));
        Map<Integer, Map<Long, Long>> result = new HashMap<>();
        wanted.forEach((fileNo, records) -> {
            try {
                result.put(fileNo, PhysicalLines.of(sources.get(fileNo).readPath(), records));
            } catch (java.io.IOException e) {
                result.put(fileNo, Map.of());   // keep record numbers: the report must still go out
            }
        });
        return result;
    }

    private ImportReport.KindSummary report(String script) throws SQLException {
        long start = System.nanoTime();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(Sql.load(KindImport.class, script))) {
            r.next();
            Trace.statement(script, "report", start);
            return summary(r);
        }
    }

    /**
     * Reads the files again on one thread before their errors are reported. A staged row's position
     * gives its line number, and DuckDB may store rows read in parallel out of file order (past its
     * first row group of 122,880 rows), which would name the wrong lines. One thread keeps the order;
     * imports without errors never pay for it. The setting is the database's, reset at once.
     */
    private void restageInFileOrder(ImportProgress progress) throws SQLException, ImportFailed {
        execute("RESET preserve_insertion_order");
        execute("SET threads = 1");
        try {
            stage(progress, new long[sources.size()]);
            Variables.setList(c, "hako_bases", "BIGINT", bases);
            beforeForming();
            script(kind.label() + "_stage.sql", "checking " + kind.label(), progress);
        } finally {
            execute("RESET threads");
        }
    }

    /** Before the files are read: nothing by default. */
    void beforeStaging() throws SQLException, ImportFailed {
    }

    /** After staging, before the records are formed: nothing by default. */
    void beforeForming() throws SQLException {
    }

    /** Whether the detailed error query must run; by default always (master files are small). */
    boolean mayHaveErrors() throws SQLException {
        return true;
    }

    /** Before the detailed error query runs: nothing by default. */
    void beforeErrorReport() throws SQLException {
    }

    /** The counts of {@code <kind>_report.sql}'s one row. */
    abstract ImportReport.KindSummary summary(ResultSet r) throws SQLException;

    /** Runs a script statement by statement, timing each under {@code -Dhako.trace=true}. */
    void script(String name) throws SQLException {
        script(name, name, ImportProgress.NONE);
    }

    /**
     * Runs {@code name} statement by statement, reporting as {@code phase} how far it is: statement k
     * of n at DuckDB's p % shows as (k + p / 100) / n.
     */
    void script(String name, String phase, ImportProgress progress) throws SQLException {
        List<String> statements = Sql.statements(KindImport.class, name);
        long n = statements.size();
        for (int k = 0; k < n; k++) {
            long done = k * 100L;
            long start = System.nanoTime();
            ProgressQuery.execute(c, statements.get(k), phase, (p, percent, total) -> progress.advance(phase,
                    done + percent, n * 100));
            Trace.statement(name, statements.get(k), start);
        }
    }

    void execute(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
