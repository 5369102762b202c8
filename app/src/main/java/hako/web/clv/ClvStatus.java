package hako.web.clv;

import hako.clv.ClvFit;

/**
 * The fit as pages describe it: the stored fit (null when none), whether it is current (fitted on the data as it is
 * now), and the running or last background fit (null when none since the app started).
 */
public record ClvStatus(ClvFit fit, boolean current, FitJob job) {

    /** Whether a fit is running now: pages then say the CLV will appear. */
    public boolean fitting() {
        return job != null && job.running();
    }

    /** The last fit was refused: pages show its reason. */
    public boolean refused() {
        return job != null && job.state() == FitJob.State.REFUSED;
    }

    /** The stored fit is older than the data and no fit is running (a refused or failed refit). */
    public boolean stale() {
        return fit != null && !current;
    }
}
