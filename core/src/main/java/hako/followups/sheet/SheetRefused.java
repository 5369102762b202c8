package hako.followups.sheet;

import java.util.List;

/** A sheet refused as a whole: nothing was applied. Lists every problem found. */
public final class SheetRefused extends Exception {

    private final String file;
    private final transient List<SheetProblem> problems;

    public SheetRefused(String file, List<SheetProblem> problems) {
        super(file + ": " + problems.size() + " problem(s), nothing applied; first: " + problems.get(0));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<SheetProblem> problems() {
        return problems;
    }
}
