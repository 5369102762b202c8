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

    private final Worksheet sheet;
    private final Locale locale;
    private int rows;

    DroppedSheet(Worksheet sheet, Locale locale) {
        this.sheet = sheet;
        this.locale = locale;
        List<String> headers = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (SheetColumn c : COLUMNS) {
            headers.add(c.header(locale));
            widths.add(c.width);
        }
        headers.add(Labels.pick(locale, "除外理由", "Reason"));
        widths.add(22.0);
        Xlsx.header(sheet, headers, widths);
    }

    int rows() {
        return rows;
    }

    void add(TaskRow row) throws IOException {
        int r = ++rows;
        for (int i = 0; i < COLUMNS.size(); i++) {
            Xlsx.put(sheet, r, i, SheetValues.of(COLUMNS.get(i), row, locale));
        }
        sheet.value(r, COLUMNS.size(), ((TaskStatus.Dropped) row.status()).reason());
        if (r % 2048 == 0) {
            sheet.flush();
        }
    }
}
