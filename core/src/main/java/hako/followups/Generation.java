package hako.followups;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one generation of tasks did: every task due in the range per plan, step and channel (those
 * of earlier generations included), how many it added, and the open tasks of earlier generations
 * it dropped.
 *
 * @param plansInstalled whether the shop had no plan and got the default ones
 */
public record Generation(LocalDate from, LocalDate to, LocalDate asOf, boolean plansInstalled, List<Line> lines,
                         Map<DropReason, Long> earlierDropped) {

    /** The tasks of one step in the range. */
    public record Line(String planId, int stepNo, Channel channel, long tasks, long added, long open, long ticked,
                       Map<DropReason, Long> dropped) {

        public long dropped(DropReason reason) {
            return dropped.getOrDefault(reason, 0L);
        }
    }

    public long tasks() {
        return lines.stream().mapToLong(Line::tasks).sum();
    }

    public long added() {
        return lines.stream().mapToLong(Line::added).sum();
    }

    public long open() {
        return lines.stream().mapToLong(Line::open).sum();
    }

    public long dropped(DropReason reason) {
        return lines.stream().mapToLong(l -> l.dropped(reason)).sum();
    }
}
