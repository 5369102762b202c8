package hako.followups.sheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Worksheet;

/** The sheet of dropped tasks: which task, whose, and why it is not to be done. */
final class DroppedSheet {

    private static final List<SheetColumn> COLUMNS = List.of(SheetColumn.TASK_ID, SheetColumn.DUE_DATE,
            SheetColumn.CUSTOMER_ID, SheetColumn.NAME, SheetColumn.PLAN, SheetColumn.STEP, SheetColumn.CHANNEL);

    private final Xlsx sheet;
    private final Locale locale;

    DroppedSheet(Worksheet sheet, Locale locale) {
        this.sheet = new Xlsx(sheet).dates(COLUMNS.indexOf(SheetColumn.DUE_DATE))
                .inline(COLUMNS.indexOf(SheetColumn.CUSTOMER_ID)).inline(COLUMNS.indexOf(SheetColumn.NAME));
        this.locale = locale;
        List<String> headers = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (SheetColumn c : COLUMNS) {
            headers.add(c.header(locale));
            widths.add(c.width);
        }
        headers.add(Labels.pick(locale, "除外理由", "Reason"));
        widths.add(22.0);
        this.sheet.header(headers, widths);
    }

    int rows() {
        return sheet.rows();
    }

    void add(TaskRow row) throws IOException {
        List<Object> values = new ArrayList<>(COLUMNS.size() + 1);
        for (SheetColumn column : COLUMNS) {
            values.add(SheetValues.of(column, row, locale));
        }
        values.add(Labels.dropReason(((TaskStatus.Dropped) row.status()).reason(), locale));
        sheet.row(values);
    }

    void finish() throws IOException {
        sheet.flush();
        sheet.sheet().finish();
    }
}
