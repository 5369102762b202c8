package hako.imports;

/** Receives progress of a long import, for a terminal bar or a web page. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> { };

    /** {@code done} of {@code total} units of {@code phase}; total 0 when unknown. */
    void advance(String phase, long done, long total);
}
