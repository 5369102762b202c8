package hako.imports;

import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Stages, checks and merges the files of one kind: {@code <kind>_stage.sql}, {@code _errors.sql},
 * {@code _report.sql}, {@code _merge.sql} in this package.
 */
final class KindImport {

    private static final String[] TEMPORARIES = {
        "hako_orders_staged", "hako_orders_new", "hako_customers_staged", "hako_customers_new",
        "hako_customers_merged", "hako_products_staged", "hako_products_new", "hako_products_merged"};

    private final Connection c;
    private final ImportKind kind;
    private final List<Integer> fileNos;
    private final List<Source> sources;

    KindImport(Connection c, ImportKind kind, List<Integer> fileNos, List<Source> sources) {
        this.c = c;
        this.kind = kind;
        this.fileNos = fileNos;
        this.sources = sources;
    }

    ImportReport.KindSummary run(ImportProgress progress) throws SQLException, ImportFailed {
        String prefix = kind.label();
        StringJoiner union = new StringJoiner(" UNION ALL ");
        fileNos.forEach(i -> union.add("SELECT * FROM hako_src_" + i));
        execute("CREATE OR REPLACE TEMP VIEW hako_" + prefix + "_src AS " + union);
        setMappedFields();
        progress.advance("checking " + prefix, 0, 0);
        script(prefix + "_stage.sql");
        if (kind == ImportKind.ORDERS && fileNos.size() > 1) {
            script("orders_dedupe_files.sql");
        }
        List<ImportError> errors = new ArrayList<>();
        long total = errors(prefix + "_errors.sql", errors);
        if (total > 0) {
            throw new ImportFailed(errors, total);
        }
        ImportReport.KindSummary summary = report(prefix + "_report.sql");
        progress.advance("merging " + prefix, 0, 0);
        script(prefix + "_merge.sql");
        return summary;
    }

    private void setMappedFields() throws SQLException {
        List<String> mapped = new ArrayList<>();
        for (int i : fileNos) {
            for (Field f : Field.values()) {
                if (sources.get(i).mapping().has(f) && !mapped.contains(f.key())) {
                    mapped.add(f.key());
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("SET VARIABLE hako_mapped = ?::VARCHAR[]")) {
            p.setObject(1, c.createArrayOf("VARCHAR", mapped.toArray()));
            p.execute();
        }
    }

    private long errors(String script, List<ImportError> into) throws SQLException {
        String sql = "SELECT count(*) OVER () AS total, * FROM (" + Sql.load(KindImport.class, script)
                + ") ORDER BY file_no, line LIMIT " + ImportFailed.MAX_LISTED;
        long total = 0;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                total = r.getLong("total");
                Source source = sources.get(r.getInt("file_no"));
                String field = r.getString("field");
                String header = source.mapping().column(Field.ofKey(field, kind))
                        .map(i -> source.mapping().headers().get(i)).orElse(field);
                into.add(new ImportError(source.name(), r.getLong("line"), header, r.getString("message")));
            }
        }
        return total;
    }

    private ImportReport.KindSummary report(String script) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(Sql.load(KindImport.class, script))) {
            r.next();
            if (kind == ImportKind.ORDERS) {
                return new ImportReport.OrdersSummary(r.getLong("orders"), r.getLong("lines"), r.getLong("replaced"),
                        r.getLong("orders_without_customer"), r.getLong("lines_without_customer"),
                        r.getLong("cancelled"), r.getLong("not_positive"), r.getLong("purchases"),
                        r.getObject("first_date", java.time.LocalDate.class),
                        r.getObject("last_date", java.time.LocalDate.class));
            }
            return new ImportReport.MasterSummary(kind, r.getLong("records"), r.getLong("replaced"),
                    r.getLong("repeated"));
        }
    }

    private void script(String name) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String stmt : Sql.statements(KindImport.class, name)) {
                s.execute(stmt);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Drops what an import left in the connection, whatever its outcome. */
    static void dropTemporaries(Connection c, int files) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (ImportKind k : ImportKind.values()) {
                s.execute("DROP VIEW IF EXISTS hako_" + k.label() + "_src");
            }
            for (int i = 0; i < files; i++) {
                s.execute("DROP VIEW IF EXISTS hako_src_" + i);
                s.execute("DROP TABLE IF EXISTS " + RawTable.name(i));
            }
            for (String t : TEMPORARIES) {
                s.execute("DROP TABLE IF EXISTS " + t);
            }
        }
    }
}
