package hako.followups;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A follow-up plan: whom it targets and its steps, each a contact through a channel when its trigger
 * falls due.
 *
 * @param id a short key (letters, digits, {@code _} and {@code -}) that tasks refer to
 */
public record Plan(String id, String name, Target target, boolean enabled, List<Step> steps) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    public Plan {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("plan id \"" + id + "\" must be 1–40 letters, digits, _ or -");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("plan " + id + " needs a name");
        }
        name = name.strip();
        if (target == null) {
            throw new IllegalArgumentException("plan " + id + " needs a target");
        }
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("plan " + id + " needs at least one step");
        }
        Set<Integer> numbers = new HashSet<>();
        for (Step s : steps) {
            if (!numbers.add(s.no())) {
                throw new IllegalArgumentException("plan " + id + " has step " + s.no() + " twice");
            }
        }
        steps = steps.stream().sorted(Comparator.comparingInt(Step::no)).toList();
    }

    /** The step numbered {@code no}, or null. */
    public Step step(int no) {
        return steps.stream().filter(s -> s.no() == no).findFirst().orElse(null);
    }

    public Plan withEnabled(boolean value) {
        return new Plan(id, name, target, value, steps);
    }
}
