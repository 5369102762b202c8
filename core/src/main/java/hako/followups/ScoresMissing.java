package hako.followups;

/**
 * A plan targets by the CLV scores (churn risk, or a board segment with CLV conditions) and no scores are stored
 * for the as-of date: generating or counting would leave its customers out without saying so.
 */
public final class ScoresMissing extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    ScoresMissing(String message) {
        super(message);
    }
}
