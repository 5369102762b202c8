package hako.followups;

/** One mistake in a plan file: where it is (line 0: the file as a whole; column null: the whole line). */
public record PlanFileProblem(String file, int line, String column, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? " line " + line : "") + (column == null ? "" : ", column " + column) + ": " + message;
    }
}
