package hako.followups.sheet;

import hako.followups.Outcome;
import java.util.Map;

/**
 * What an applied sheet changed.
 *
 * @param applied        ticks applied, per outcome (every outcome present, zero included)
 * @param unchanged      rows already ticked exactly so (outcome, staff, note, date)
 * @param untouched      open tasks whose outcome was left empty
 * @param outcomeRemoved ticked tasks whose outcome was emptied: a sheet does not undo a tick
 */
public record SheetImportReport(Map<Outcome, Integer> applied, int unchanged, int untouched, int outcomeRemoved) {

    public SheetImportReport {
        applied = Map.copyOf(applied);
    }

    public int appliedTotal() {
        return applied.values().stream().mapToInt(Integer::intValue).sum();
    }
}
