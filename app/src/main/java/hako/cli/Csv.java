package hako.cli;

/** CSV output: quotes a value only when it must (comma, quote or line break). */
final class Csv {

    private Csv() {
    }

    static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
