package hako.followups.sheet;

import java.util.Map;

/**
 * What a list export wrote.
 *
 * @param rows    rows written
 * @param skipped open tasks left out, by the first required field they lacked (header as written)
 */
public record ListReport(int rows, Map<String, Integer> skipped) {

    public ListReport {
        skipped = Map.copyOf(skipped);
    }

    public int skippedTotal() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }
}
