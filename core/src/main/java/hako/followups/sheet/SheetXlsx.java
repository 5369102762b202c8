package hako.followups.sheet;

import hako.followups.Outcome;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.ProtectionOption;
import org.dhatim.fastexcel.SheetProtectionOption;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the management sheet: the tasks to work through (key columns grey and locked, input
 * columns yellow with drop-downs), the dropped tasks, an info sheet and a hidden sheet holding the
 * staff names the drop-down offers.
 */
final class SheetXlsx {

    /** Guards key columns against accidental edits; the README gives it so anyone may unprotect. */
    static final String PASSWORD = "hako";
    private static final String KEY_FILL = "E7E6E6";
    private static final String INPUT_FILL = "FFF2CC";

    private final Locale locale;
    private final List<SheetColumn> columns;
    private final Worksheet tasks;
    private final Xlsx rows;
    private final DroppedSheet dropped;
    private final Worksheet about;
    private final Worksheet staffSheet;
    private final List<String> staff;

    /**
     * Creates the sheets in their order. fastexcel writes one sheet at a time: the task sheet is
     * streamed and finished, then the dropped one; the small sheets are written when the book closes.
     */
    SheetXlsx(Workbook wb, Locale locale, PersonalData personal, List<String> staff) {
        this.locale = locale;
        this.columns = SheetColumn.of(personal);
        this.staff = staff;
        this.tasks = wb.newWorksheet(SheetNames.tasks(locale));
        this.rows = new Xlsx(tasks);
        this.dropped = new DroppedSheet(wb.newWorksheet(SheetNames.dropped(locale)), locale);
        this.about = wb.newWorksheet(SheetNames.info(locale));
        this.staffSheet = staff.isEmpty() ? null : wb.newWorksheet(SheetNames.staff(locale));
        header();
        for (int i = 0; i < columns.size(); i++) {
            style(i, columns.get(i));
        }
    }

    static String mainSheetName(Locale locale) {
        return SheetNames.tasks(locale);
    }

    int taskRows() {
        return rows.rows();
    }

    int droppedRows() {
        return dropped.rows();
    }

    void addTask(TaskRow row) throws IOException {
        List<Object> values = new ArrayList<>(columns.size());
        for (SheetColumn column : columns) {
            values.add(SheetValues.of(column, row, locale));
        }
        rows.row(values);
    }

    void addDropped(TaskRow row) throws IOException {
        dropped.add(row);
    }

    /** Drop-downs and protection over the task rows written, and the task sheet closed. */
    void finishTasks() throws IOException {
        rows.flush();
        if (taskRows() > 0) {
            outcomeDropDown();
            staffDropDown();
        }
        tasks.protect(PASSWORD, SheetProtectionOption.SHEET, SheetProtectionOption.OBJECTS,
                SheetProtectionOption.SCENARIOS, SheetProtectionOption.FORMAT_CELLS,
                SheetProtectionOption.INSERT_COLUMNS, SheetProtectionOption.INSERT_ROWS,
                SheetProtectionOption.INSERT_HYPERLINKS, SheetProtectionOption.DELETE_COLUMNS,
                SheetProtectionOption.DELETE_ROWS, SheetProtectionOption.PIVOT_TABLES);
        tasks.finish();
    }

    /** The dropped sheet closed; the info and staff sheets filled in. */
    void finish(List<String[]> info) throws IOException {
        dropped.finish();
        about.width(0, 24);
        about.width(1, 60);
        for (int r = 0; r < info.size(); r++) {
            about.value(r, 0, info.get(r)[0]);
            about.style(r, 0).bold().set();
            about.value(r, 1, info.get(r)[1]);
        }
        if (staffSheet != null) {
            for (int r = 0; r < staff.size(); r++) {
                staffSheet.value(r, 0, staff.get(r));
            }
            staffSheet.setVisibilityState(VisibilityState.HIDDEN);
        }
    }

    private void header() {
        List<String> headers = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (SheetColumn column : columns) {
            headers.add(column.header(locale));
            widths.add(column.width);
        }
        rows.header(headers, widths);
        tasks.freezePane(1, 1);
        for (int i = 0; i < columns.size(); i++) {
            SheetColumn column = columns.get(i);
            if (column.role == SheetColumn.Role.KEY) {
                tasks.style(0, i).fillColor("BFBFBF").set();
                tasks.comment(0, i, Labels.pick(locale, "編集しないでください（取り込み時に照合します）",
                        "Do not edit: the import checks this column against Hako"));
            } else if (column.role == SheetColumn.Role.INPUT) {
                tasks.style(0, i).fillColor("FFD966").set();
            }
        }
    }

    /** Key cells grey (locked, as every cell is by default), input cells yellow and unlocked. */
    private void style(int i, SheetColumn column) {
        if (column.role == SheetColumn.Role.KEY) {
            rows.style(i, s -> s.fillColor(KEY_FILL));
        } else if (column.role == SheetColumn.Role.INPUT) {
            rows.style(i, s -> s.fillColor(INPUT_FILL).protectionOption(ProtectionOption.LOCKED, false));
        }
        if (column == SheetColumn.DUE_DATE || column == SheetColumn.CONTACTED_ON) {
            rows.dates(i);
        }
        if (column.unique()) {
            rows.inline(i);
        }
    }

    private void outcomeDropDown() {
        int col = columns.indexOf(SheetColumn.OUTCOME);
        StringBuilder list = new StringBuilder("\"");
        for (Outcome o : Outcome.values()) {
            list.append(list.length() > 1 ? "," : "").append(o.label(locale));
        }
        tasks.range(1, col, taskRows(), col).validateWithListByFormula(list.append('"').toString())
                .allowBlank(true).showErrorMessage(true).errorStyle(DataValidationErrorStyle.STOP)
                .errorTitle(SheetColumn.OUTCOME.header(locale))
                .error(Labels.pick(locale, "済・反応なし・購入 から選んでください", "Choose Done, No answer or Purchased"));
    }

    /** Staff names may be new: Excel warns but lets one type a name the list lacks. */
    private void staffDropDown() {
        if (staffSheet == null) {
            return;
        }
        int col = columns.indexOf(SheetColumn.STAFF);
        tasks.range(1, col, taskRows(), col).validateWithList(staffSheet.range(0, 0, staff.size() - 1, 0))
                .allowBlank(true).showErrorMessage(true).errorStyle(DataValidationErrorStyle.WARNING)
                .errorTitle(SheetColumn.STAFF.header(locale))
                .error(Labels.pick(locale, "一覧にない担当者名です", "This name is not in the staff list"));
    }

    /** The info sheet's lines: what the sheet covers and how to fill it in. */
    static List<String[]> info(Locale locale, TaskRange range, LocalDateTime at, int rows, int dropped,
                               PersonalData personal) {
        return List.of(
                new String[] {Labels.pick(locale, "期間（予定日）", "Due dates"), range.toString()},
                new String[] {Labels.pick(locale, "作成日時", "Generated at"), at.withNano(0).toString()},
                new String[] {Labels.pick(locale, "タスク数", "Tasks"), Integer.toString(rows)},
                new String[] {Labels.pick(locale, "除外タスク数", "Dropped tasks"), Integer.toString(dropped)},
                new String[] {Labels.pick(locale, "連絡先", "Contact data"), personal == PersonalData.INCLUDED
                        ? Labels.pick(locale, "含む", "included") : Labels.pick(locale, "含まない", "withheld")},
                new String[] {Labels.pick(locale, "記入方法", "How to fill in"), Labels.pick(locale,
                        "黄色の列（結果・担当者・連絡日・メモ）だけを記入し、hako sheet import で取り込みます。"
                                + "連絡日が空欄なら取り込んだ日になります。",
                        "Fill in the yellow columns (outcome, staff, contacted on, note) only, then run"
                                + " hako sheet import. An empty contacted-on date means the day of the import.")},
                new String[] {Labels.pick(locale, "シート保護のパスワード", "Sheet protection password"), PASSWORD});
    }
}
