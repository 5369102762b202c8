package hako.web.clv;

import hako.clv.ClvFit;
import java.time.LocalDateTime;

/**
 * The fit as pages describe it: the stored fit (null when none), whether it is current (no file imported since it was
 * made), the running or last background fit (null when none since the app started), and when purchases from the
 * events API came after the fit, the earliest time it is refitted with them ({@code nextRefit}, as {@link ClvFit#fittedAt}; null
 * when the fit has every purchase the numbers show).
 */
public record ClvStatus(ClvFit fit, boolean current, FitJob job, LocalDateTime nextRefit) {

    public ClvStatus(ClvFit fit, boolean current, FitJob job) {
        this(fit, current, job, null);
    }

    /** The scores shown are the fit's, made before purchases the numbers show: pages give the fit's date. */
    public boolean behind() {
        return current && nextRefit != null;
    }

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
