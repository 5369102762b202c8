package hako.imports;

/** Timing of each import statement on standard error when {@code -Dhako.trace=true}: for tuning. */
final class Trace {

    private static final boolean ON = Boolean.getBoolean("hako.trace");

    private Trace() {
    }

    static void statement(String script, String sql, long startNanos) {
        if (ON) {
            String first = sql.strip().lines().findFirst().orElse("");
            System.err.printf("[trace] %7.3f s  %s: %s%n", (System.nanoTime() - startNanos) / 1e9, script,
                    first.length() > 80 ? first.substring(0, 80) : first);
        }
    }
}
