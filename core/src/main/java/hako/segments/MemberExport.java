package hako.segments;

import hako.store.Sql;
import hako.store.Variables;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * The customers a {@link MemberQuery} selects, in a list's order, written as CSV rows by DuckDB itself
 * ({@code COPY … TO}): a million customers take seconds instead of the half minute that reading them row by
 * row over JDBC took. The file has no header (the caller writes it, in the reader's language), CRLF line
 * ends, and the cells of {@code export_columns.sql}: tier, cluster, stage and churn risk as the labels given.
 */
public final class MemberExport {

    private MemberExport() {
    }

    /**
     * Writes every member of {@code query} in {@code sort} order to {@code file} (replaced), names and emails
     * included, the CLV columns appended when {@code scored}; returns the number of rows written.
     *
     * @param labels the text of each tier, cluster, stage and churn risk by message key: {@code cluster.top1},
     *               {@code stage.retention}, {@code clv.risk.high}
     */
    public static long csv(Connection c, MemberQuery query, MemberSort sort, boolean scored,
                           Map<String, String> labels, Path file) throws SQLException {
        Sql.run(c, MemberExport.class, "export_macros.sql");
        Variables.setList(c, "hako_export_label_keys", "VARCHAR", labels.keySet().toArray());
        Variables.setList(c, "hako_export_label_texts", "VARCHAR", labels.values().toArray());
        String columns = Sql.load(MemberExport.class, "export_columns.sql")
                + (scored ? Sql.load(MemberExport.class, "export_scores.sql") : "");
        // the file name is ours (a temporary file), quoted as a literal: COPY takes no parameter for it
        String target = file.toAbsolutePath().toString().replace("'", "''");
        try (PreparedStatement p = c.prepareStatement("COPY (" + Members.select(columns, query, sort)
                + ") TO '" + target + "' (FORMAT csv, HEADER false, NEW_LINE '\\r\\n')")) {
            query.bind(p, 1);
            p.execute();
            return p.getUpdateCount();
        }
    }
}
