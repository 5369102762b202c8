package hako.followups.sheet;

import hako.audit.AuditLog;
import hako.store.Sql;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The print and call lists of a range's open tasks, per channel: DM postcards, package inserts,
 * phone calls, email and LINE audiences. They are personal data: only for callers who may see it,
 * and every export is written to the audit log as {@value #AUDIT_ACTION}.
 */
public final class PrintLists {

    public static final String AUDIT_ACTION = "export_print_list";

    private PrintLists() {
    }

    /**
     * Writes the list to {@code out} (left open).
     *
     * @throws SecurityException  when {@code personal} is withheld
     * @throws NoShippingStatus   for package inserts when no order has a status
     */
    public static ListReport export(Connection c, ListKind kind, TaskRange range, PersonalData personal,
                                    Locale locale, FileFormat format, OutputStream out, String user) throws Exception {
        if (personal != PersonalData.INCLUDED) {
            throw new SecurityException("print and call lists hold personal data: this user may not export them");
        }
        if (kind == ListKind.PACKAGE_INSERT && orderStatuses(c).isEmpty()) {
            throw new NoShippingStatus("the order data has no shipping status (every order's status is empty), so"
                    + " Hako cannot tell which orders are not shipped yet: import orders with a status column"
                    + " (e.g. 未発送, 発送待ち, pending, unfulfilled) to get a package-insert list");
        }
        List<String> header = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        List<Integer> dates = new ArrayList<>();
        kind.fields.forEach(f -> {
            header.add(f.header(locale));
            widths.add(f.width);
            if (f.date()) {
                dates.add(header.size() - 1);
            }
        });
        Map<String, Integer> skipped = new LinkedHashMap<>();
        int rows = 0;
        try (RowsOut table = RowsOut.open(format, out, kind.label(locale), header, widths, dates);
             PreparedStatement p = query(c, kind, range);
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                ListField missing = firstMissing(kind, r);
                if (missing != null) {
                    skipped.merge(missing.header(locale), 1, Integer::sum);
                    continue;
                }
                List<Object> values = new ArrayList<>(kind.fields.size());
                for (ListField f : kind.fields) {
                    values.add(value(r, f));
                }
                table.row(values);
                rows++;
            }
        }
        AuditLog.record(c, user, AUDIT_ACTION, kind.key() + " · " + range + " · " + format.extension(), rows);
        return new ListReport(rows, skipped);
    }

    /** The statuses the orders have, most frequent first with their counts (empty: no status at all). */
    public static Map<String, Long> orderStatuses(Connection c) throws SQLException {
        Map<String, Long> statuses = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery(Sql.load(PrintLists.class, "order_statuses.sql"))) {
            while (r.next()) {
                statuses.put(r.getString(1), r.getLong(2));
            }
        }
        return statuses;
    }

    private static PreparedStatement query(Connection c, ListKind kind, TaskRange range) throws SQLException {
        int i = 1;
        PreparedStatement p;
        if (kind == ListKind.PACKAGE_INSERT) {
            p = c.prepareStatement(Sql.load(PrintLists.class, "package_insert_rows.sql"));
        } else {
            p = c.prepareStatement(Sql.load(PrintLists.class, "list_rows.sql"));
            p.setString(i++, kind.channel.key());
        }
        p.setObject(i++, range.from());
        p.setObject(i, range.to());
        return p;
    }

    private static Object value(ResultSet r, ListField f) throws SQLException {
        if (f.date()) {
            return TaskRows.date(r, f.column());
        }
        return f == ListField.TASK_ID ? (Object) r.getLong(f.column()) : r.getString(f.column());
    }

    private static ListField firstMissing(ListKind kind, ResultSet r) throws SQLException {
        for (ListField f : kind.required) {
            String v = r.getString(f.column());
            if (v == null || v.isBlank()) {
                return f;
            }
        }
        return null;
    }
}
