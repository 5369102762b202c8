package hako.cli;

import hako.imports.ImportProgress;
import java.io.PrintWriter;

/**
 * A one-line progress bar on the terminal ({@code [#####     ]  48% reading orders.csv}); when
 * output is not a terminal, only each phase's name, once.
 */
final class TerminalProgress implements ImportProgress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private String phase = "";
    private long lastDraw;
    private boolean drawn;

    TerminalProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    static TerminalProgress on(PrintWriter err) {
        return new TerminalProgress(err, System.console() != null);
    }

    @Override
    public synchronized void advance(String name, long done, long total) {
        boolean newPhase = !name.equals(phase);
        if (!terminal) {
            if (newPhase) {
                err.println(name + " …");
            }
            phase = name;
            return;
        }
        long now = System.nanoTime();
        if (!newPhase && now - lastDraw < 100_000_000L && done < total) {
            return;
        }
        if (newPhase && drawn) {
            err.println();
        }
        phase = name;
        lastDraw = now;
        drawn = true;
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            err.printf("\r[%s%s] %3d%% %s", "#".repeat(filled), " ".repeat(WIDTH - filled), 100 * done / total, name);
        } else {
            err.print("\r" + name + " …");
        }
        err.flush();
    }

    /** Ends the bar's line. */
    synchronized void finish() {
        if (terminal && drawn) {
            err.println();
        }
        drawn = false;
        phase = "";
    }
}
