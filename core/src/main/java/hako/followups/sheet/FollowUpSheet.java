package hako.followups.sheet;

import hako.audit.AuditLog;
import hako.store.Sql;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;

/**
 * The management sheet (管理シート) of a range's follow-up tasks, as .xlsx or CSV. An export with
 * contact data is written to the audit log as {@value #AUDIT_ACTION}.
 */
public final class FollowUpSheet {

    public static final String AUDIT_ACTION = "export_followup_sheet";

    private FollowUpSheet() {
    }

    /**
     * Writes the sheet to {@code out} (left open) for {@code user}.
     *
     * @param locale Japanese headers and labels for {@code ja}, English otherwise
     */
    public static ExportCount export(Connection c, TaskRange range, PersonalData personal, Locale locale,
                                     FileFormat format, OutputStream out, String user) throws Exception {
        ExportCount count = format == FileFormat.XLSX ? xlsx(c, range, personal, locale, out)
                : csv(c, range, personal, locale, out);
        if (personal == PersonalData.INCLUDED) {
            AuditLog.record(c, user, AUDIT_ACTION, range + " · " + format.extension() + " · " + locale.getLanguage(),
                    count.total());
        }
        return count;
    }

    private static ExportCount xlsx(Connection c, TaskRange range, PersonalData personal, Locale locale,
                                    OutputStream out) throws Exception {
        try (Workbook wb = new Workbook(new Unclosed(out), "Hako", "1.0")) {
            SheetXlsx sheet = new SheetXlsx(wb, locale, personal, staffNames(c));
            TaskRows.forEach(c, range, personal, TaskRows.Which.TO_DO, sheet::addTask);
            sheet.finishTasks();
            TaskRows.forEach(c, range, personal, TaskRows.Which.DROPPED, sheet::addDropped);
            sheet.finish(SheetXlsx.info(locale, range, LocalDateTime.now(), sheet.taskRows(), sheet.droppedRows(),
                    personal));
            return new ExportCount(sheet.taskRows(), sheet.droppedRows());
        }
    }

    /** One table of every task, dropped ones included with their reason in the last column. */
    private static ExportCount csv(Connection c, TaskRange range, PersonalData personal, Locale locale,
                                   OutputStream out) throws Exception {
        List<SheetColumn> columns = SheetColumn.of(personal);
        int[] counts = new int[2];
        try (CsvOut csv = new CsvOut(out)) {
            List<Object> header = new ArrayList<>();
            columns.forEach(col -> header.add(col.header(locale)));
            header.add(Labels.pick(locale, "除外理由", "Dropped reason"));
            csv.row(header);
            TaskRows.forEach(c, range, personal, TaskRows.Which.ALL, row -> {
                List<Object> values = new ArrayList<>(columns.size() + 1);
                columns.forEach(col -> values.add(SheetValues.of(col, row, locale)));
                values.add(row.status() instanceof TaskStatus.Dropped d ? Labels.dropReason(d.reason(), locale) : null);
                csv.row(values);
                counts[row.dropped() ? 1 : 0]++;
            });
        }
        return new ExportCount(counts[0], counts[1]);
    }

    /** The users' names and the staff names already used, for the staff drop-down. */
    public static List<String> staffNames(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery(Sql.load(FollowUpSheet.class, "staff_names.sql"))) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }
}
