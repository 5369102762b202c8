package hako.imports;

/**
 * One problem in an input file: {@code orders.csv:1234: 注文日時: cannot read "2022/13/45" as a date}.
 *
 * @param line   1-based line in the file, 0 when the problem is the file as a whole
 * @param column the header of the column concerned, or null
 */
public record ImportError(String file, long line, String column, String message) {

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
        }
        b.append(": ");
        if (column != null) {
            b.append(column).append(": ");
        }
        return b.append(message).toString();
    }
}
