package hako.imports;

import hako.store.ProgressQuery;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one UTF-8 CSV into a temporary table of text columns {@code c0 … cN} with DuckDB's
 * parallel CSV reader. The table's row order is the file's, so {@code rowid + 2} is the line.
 */
final class RawTable {

    private static final Pattern DUCKDB_LINE = Pattern.compile("(?i)line:?\\s*(\\d+)");

    private RawTable() {
    }

    static String name(int fileNo) {
        return "hako_raw_" + fileNo;
    }

    /**
     * Loads the file and returns the rowid of its first data row: rowids are consecutive in file
     * order, but start at a large offset inside a transaction.
     */
    static long load(Connection c, int fileNo, CsvFile file, Path utf8, ImportProgress progress)
            throws SQLException, ImportFailed {
        StringJoiner columns = new StringJoiner(", ", "{", "}");
        for (int i = 0; i < file.headers().size(); i++) {
            columns.add("'c" + i + "': 'VARCHAR'");
        }
        String sql = "CREATE OR REPLACE TEMP TABLE " + name(fileNo) + " AS SELECT * FROM read_csv(?, header = false,"
                + " skip = 1, delim = ?, quote = '\"', escape = '\"', auto_detect = false, strict_mode = true,"
                + " null_padding = false, columns = " + columns + ")";
        try {
            ProgressQuery.execute(c, sql, p -> {
                p.setString(1, utf8.toString());
                p.setString(2, String.valueOf(file.delimiter()));
            }, "reading " + file.name(), progress::advance);
        } catch (SQLException e) {
            throw ImportFailed.of(describe(file, e));
        }
        return ProgressQuery.count(c, "SELECT coalesce(min(rowid), 0) FROM " + name(fileNo));
    }

    /** DuckDB's CSV errors rephrased: the file, the line and what was wrong with it. */
    private static ImportError describe(CsvFile file, SQLException e) {
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        Matcher m = DUCKDB_LINE.matcher(message);
        long line = m.find() ? Long.parseLong(m.group(1)) : 0;
        String reason;
        if (message.contains("Expected Number of Columns")) {
            Matcher counts = Pattern.compile("Expected Number of Columns: (\\d+) Found: (\\d+)").matcher(message);
            reason = counts.find()
                    ? "expected " + counts.group(1) + " columns as in the header, found " + counts.group(2)
                    : "the number of columns differs from the header";
        } else if (message.contains("unterminated quotes") || message.contains("Value with unterminated quote")) {
            reason = "a quote (\") is opened and never closed";
        } else if (message.toLowerCase().contains("unicode")) {
            reason = "bytes that are not valid UTF-8 (is the file in another encoding? use --encoding)";
        } else {
            reason = "cannot read the line as CSV: " + message.lines().findFirst().orElse(message);
        }
        return new ImportError(file.name(), line, null, reason);
    }
}
