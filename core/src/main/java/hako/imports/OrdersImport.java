package hako.imports;

import hako.store.ProgressQuery;
import hako.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Order files: the date format is detected before reading, orders are formed from lines (the later
 * file winning an order found in several), checked in one cheap pass before any detailed report.
 */
final class OrdersImport extends KindImport {

    OrdersImport(Connection c, List<Integer> fileNos, List<Source> sources) {
        super(c, ImportKind.ORDERS, fileNos, sources);
    }

    @Override
    void beforeStaging() throws SQLException, ImportFailed {
        execute("CREATE OR REPLACE TEMP VIEW hako_orders_src AS SELECT 0 AS file_no, * FROM hako_src_" + fileNos.get(0));
        try {
            TimestampFormat.detect(c);
        } catch (SQLException e) {
            // the sample is read through the CSV reader, so a malformed file fails here first
            throw ImportFailed.of(csvError(fileNos.get(0), e));
        }
    }

    @Override
    void beforeForming() throws SQLException {
        if (fileNos.size() > 1) {
            script("orders_dedupe_files.sql");
        }
    }

    @Override
    boolean mayHaveErrors() throws SQLException {
        return ProgressQuery.count(c, Sql.load(KindImport.class, "orders_check.sql")) > 0;
    }

    @Override
    void beforeErrorReport() throws SQLException {
        execute("RESET preserve_insertion_order");   // the raw copies' rowids give lines
        RawTable.materialise(c, kind, fileNos);
    }

    /** Per file of this kind that maps an amount column: whether it held line amounts (true) or order totals. */
    @Override
    Map<Integer, Boolean> amountModes() throws SQLException {
        Map<Integer, Boolean> modes = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT file_no, per_line FROM hako_amount_modes")) {
            while (r.next()) {
                if (sources.get(r.getInt(1)).mapping().has(Field.AMOUNT)) {
                    modes.put(r.getInt(1), r.getBoolean(2));
                }
            }
        }
        return modes;
    }

    @Override
    ImportReport.KindSummary summary(ResultSet r) throws SQLException {
        return new ImportReport.OrdersSummary(r.getLong("orders"), r.getLong("lines"), r.getLong("replaced"),
                r.getLong("orders_without_customer"), r.getLong("lines_without_customer"), r.getLong("cancelled"),
                r.getLong("not_positive"), r.getLong("purchases"), r.getObject("first_date", LocalDate.class),
                r.getObject("last_date", LocalDate.class), r.getLong("blank_lines"));
    }
}
