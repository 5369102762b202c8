package hako.demo;

/** Appends CSV fields and zero-padded numbers to a line without String.format, which is slow in a hot loop. */
final class CsvText {

    private CsvText() {
    }

    /** Appends {@code text}, quoted only when it holds a comma, a quote or a line break. */
    static StringBuilder field(StringBuilder line, String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return line.append(text);
        }
        return line.append('"').append(text.replace("\"", "\"\"")).append('"');
    }

    /** Appends {@code value} with leading zeros up to {@code width} digits (more digits when it needs them). */
    static StringBuilder padded(StringBuilder line, long value, int width) {
        int digits = 1;
        for (long rest = value; rest >= 10; rest /= 10) {
            digits++;
        }
        for (int i = digits; i < width; i++) {
            line.append('0');
        }
        return line.append(value);
    }

    /** A customer id: C000001 for index 0. */
    static String customerId(long index) {
        return padded(new StringBuilder(8).append('C'), index + 1, 6).toString();
    }
}
