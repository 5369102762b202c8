package hako.followups;

import java.util.List;

/** Ticks refused as a whole: nothing was applied. */
public final class TicksRefused extends Exception {

    private final transient List<TickProblem> problems;

    public TicksRefused(List<TickProblem> problems) {
        super(problems.size() + " tick(s) refused, nothing applied; first: task " + problems.get(0).taskId()
                + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<TickProblem> problems() {
        return problems;
    }
}
