package hako.clv;

/** The data cannot support a fit (too few customers or repeaters, no convergence, a flat likelihood). */
public final class ClvRefused extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ClvRefused(String message) {
        super(message);
    }
}
