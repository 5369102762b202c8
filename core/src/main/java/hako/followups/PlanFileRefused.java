package hako.followups;

import java.util.List;

/** A plan file refused as a whole: no plan was changed. */
public final class PlanFileRefused extends Exception {

    private final transient List<PlanFileProblem> problems;

    public PlanFileRefused(List<PlanFileProblem> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the plan file, no plan changed:\n  "
                + String.join("\n  ", problems.stream().limit(20).map(PlanFileProblem::toString).toList())
                + (problems.size() > 20 ? "\n  … and " + (problems.size() - 20) + " more" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<PlanFileProblem> problems() {
        return problems;
    }
}
