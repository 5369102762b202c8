package hako.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of input files as DuckDB's CSV reader sees it: the view {@code hako_src_N} of a file's
 * columns under their field names, a materialised copy with line numbers when an error report
 * must quote the text, and DuckDB's CSV errors rephrased for a user.
 */
final class RawTable {

    private static final Pattern DUCKDB_LINE = Pattern.compile("(?i)line:?\\s*(\\d+)");
    private static final Pattern COUNTS = Pattern.compile("Expected Number of Columns: (\\d+) Found: (\\d+)");

    private RawTable() {
    }

    /**
     * Defines {@code hako_src_N}: the file read by {@code read_csv} as text, columns named by field.
     * The path and delimiter are variables, so no value is spliced into SQL.
     */
    static void defineView(Connection c, int fileNo, CsvFile file, ColumnMapping mapping) throws SQLException {
        StringJoiner columns = new StringJoiner(", ", "{", "}");
        for (int i = 0; i < file.headers().size(); i++) {
            columns.add("'c" + i + "': 'VARCHAR'");
        }
        StringJoiner fields = new StringJoiner(", ");
        for (Field field : Field.values()) {
            if (field.appliesTo(mapping.kind())) {
                fields.add(mapping.column(field).map(i -> "c" + i).orElse("NULL::VARCHAR") + " AS " + field.key());
            }
        }
        if (mapping.kind() == ImportKind.ORDERS) {
            fields.add(mapping.has(Field.QUANTITY) + " AS has_quantity");
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP VIEW hako_src_" + fileNo + " AS SELECT " + fields + " FROM read_csv("
                    + "getvariable('hako_file_" + fileNo + "'), header = false, skip = 1,"
                    + " delim = getvariable('hako_delim_" + fileNo + "'), quote = '\"', escape = '\"',"
                    + " auto_detect = false, strict_mode = true, null_padding = false, columns = " + columns + ")");
        }
    }

    /**
     * Defines {@code hako_<kind>_raw} (file_no, line, the text of every field) over the given files,
     * materialising each so that its rowids give line numbers. Only for error reports.
     */
    static void materialise(Connection c, ImportKind kind, List<Integer> fileNos) throws SQLException {
        StringJoiner union = new StringJoiner(" UNION ALL ");
        try (Statement s = c.createStatement()) {
            for (int i : fileNos) {
                s.execute("CREATE OR REPLACE TEMP TABLE hako_raw_" + i + " AS SELECT * FROM hako_src_" + i);
                union.add("SELECT " + i + " AS file_no, CAST(rowid - (SELECT min(rowid) FROM hako_raw_" + i
                        + ") + 2 AS BIGINT) AS line, * FROM hako_raw_" + i);
            }
            s.execute("CREATE OR REPLACE TEMP VIEW hako_" + kind.label() + "_raw AS " + union);
        }
    }

    /** DuckDB's CSV errors rephrased: the file, the line and what was wrong with it. */
    static ImportError describe(CsvFile file, SQLException e) {
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        Matcher m = DUCKDB_LINE.matcher(message);
        long line = m.find() ? Long.parseLong(m.group(1)) : 0;
        String reason;
        Matcher counts = COUNTS.matcher(message);
        if (counts.find()) {
            reason = "expected " + counts.group(1) + " columns as in the header, found " + counts.group(2);
        } else if (message.contains("Expected Number of Columns")) {
            reason = "the number of columns differs from the header";
        } else if (message.contains("unterminated quote")) {
            reason = "a quote (\") is opened and never closed";
        } else if (message.toLowerCase(java.util.Locale.ROOT).contains("unicode")) {
            reason = "bytes that are not valid UTF-8 (is the file in another encoding? use --encoding)";
        } else {
            reason = "cannot read the line as CSV: " + message.lines().filter(l -> !l.isBlank()).findFirst().orElse(message);
        }
        return new ImportError(file.name(), line, null, reason);
    }
}
