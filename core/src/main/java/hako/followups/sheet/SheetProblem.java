package hako.followups.sheet;

/**
 * One thing wrong with an imported sheet.
 *
 * @param row    the sheet's row number as Excel shows it; 0 for the file as a whole
 * @param column the column's header as the sheet has it; null for a whole row or the file
 */
public record SheetProblem(int row, String column, String message) {

    /** {@code row 12, 顧客ID: …} */
    @Override
    public String toString() {
        if (row == 0) {
            return column == null ? message : column + ": " + message;
        }
        return "row " + row + (column == null ? "" : ", " + column) + ": " + message;
    }
}
