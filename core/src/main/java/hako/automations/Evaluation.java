package hako.automations;

import java.time.Instant;
import java.util.List;

/** One evaluation of the scenarios at an instant; {@code dryRun}: nothing was written. */
public record Evaluation(Instant at, boolean dryRun, List<Outcome> outcomes, double seconds) {

    public Outcome of(Scenario scenario) {
        return outcomes.stream().filter(o -> o.scenario() == scenario).findFirst().orElseThrow();
    }
}
