package hako.web.imports;

import hako.events.EventsCsvImport;
import hako.imports.ImportFailed;
import hako.imports.ImportProgress;
import hako.imports.ImportReport;

/** An import running in the background: its latest progress, then its report or its errors. */
public final class ImportJob implements ImportProgress {

    /** Where the import is. {@code BROKEN}: Hako's own failure, logged, nothing imported. */
    public enum State { RUNNING, DONE, FAILED, BROKEN }

    private static final java.util.Set<String> KNOWN_PHASES = java.util.Set.of("reading", "transcoding", "checking",
            "merging");

    private volatile State state = State.RUNNING;
    private volatile String phase = "";
    private volatile long done;
    private volatile long total;
    private volatile ImportReport report;
    private volatile EventsCsvImport.Report events;
    private volatile ImportFailed failure;

    @Override
    public void advance(String phase, long done, long total) {
        this.phase = phase;
        this.done = done;
        this.total = total;
    }

    void succeeded(ImportReport value) {
        report = value;
        state = State.DONE;
    }

    void succeeded(EventsCsvImport.Report value) {
        events = value;
        state = State.DONE;
    }

    void failed(ImportFailed value) {
        failure = value;
        state = State.FAILED;
    }

    void broke() {
        state = State.BROKEN;
    }

    public State state() {
        return state;
    }

    public boolean finished() {
        return state != State.RUNNING;
    }

    public String phase() {
        return phase;
    }

    /** The message key of the phase: reading, transcoding, checking or merging something. */
    public String phaseKey() {
        String p = phase;
        int space = p.indexOf(' ');
        String verb = space < 0 ? p : p.substring(0, space);
        return "imports.phase." + (KNOWN_PHASES.contains(verb) ? verb : "working");
    }

    /** What the phase works on: a file name or a kind of record. */
    public String phaseObject() {
        String p = phase;
        int space = p.indexOf(' ');
        return space < 0 ? "" : p.substring(space + 1);
    }

    /** Percent of the current phase, or null when its size is unknown. */
    public Integer percent() {
        long t = total;
        return t > 0 ? (int) Math.min(100, done * 100 / t) : null;
    }

    /** What an orders, customers, … import did; null for an events import. */
    public ImportReport report() {
        return report;
    }

    /** What a site events import did; null for other imports. */
    public EventsCsvImport.Report events() {
        return events;
    }

    public ImportFailed failure() {
        return failure;
    }
}
