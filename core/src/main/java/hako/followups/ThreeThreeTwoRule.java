package hako.followups;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The 3-3-2 rule (DOMAIN.md): at least {@value #CONTACTS} contacts within any {@value #WINDOW_DAYS}-day
 * window through at least {@value #CHANNELS} distinct channels. A window holds contacts at most
 * {@value #WINDOW_DAYS} days apart, both ends included: contacts on day d and on day d + 90 are in one
 * window, on d and d + 91 are not. Every contact counts, two on one day included, whatever its outcome.
 */
public final class ThreeThreeTwoRule {

    public static final int CONTACTS = 3;
    public static final int WINDOW_DAYS = 90;
    public static final int CHANNELS = 2;

    /** Where a plan's steps are placed when checked: day 0 is the anchor of every trigger. */
    private static final LocalDate DAY_ZERO = LocalDate.of(2000, 1, 1);

    private ThreeThreeTwoRule() {
    }

    /** The rule over contacts in any order. */
    public static ThreeThreeTwo check(Collection<ContactPoint> contacts) {
        List<ContactPoint> sorted = contacts.stream().sorted(Comparator.comparing(ContactPoint::date)).toList();
        ThreeThreeTwo best = ThreeThreeTwo.NONE;
        for (int i = 0; i < sorted.size(); i++) {
            LocalDate from = sorted.get(i).date();
            Set<Channel> channels = EnumSet.noneOf(Channel.class);
            int count = 0;
            LocalDate to = from;
            for (int j = i; j < sorted.size() && !sorted.get(j).date().isAfter(from.plusDays(WINDOW_DAYS)); j++) {
                channels.add(sorted.get(j).channel());
                to = sorted.get(j).date();
                count++;
            }
            ThreeThreeTwo window = new ThreeThreeTwo(count >= CONTACTS && channels.size() >= CHANNELS, count,
                    channels.size(), from, to);
            if (better(window, best)) {
                best = window;
            }
        }
        return best;
    }

    /**
     * A customer's contact log on {@code day}: the rule over the contacts from {@code day} − 90 to
     * {@code day}, both included (later contacts are ignored).
     */
    public static ThreeThreeTwo checkLog(Collection<ContactPoint> log, LocalDate day) {
        LocalDate start = day.minusDays(WINDOW_DAYS);
        return check(log.stream().filter(p -> !p.date().isBefore(start) && !p.date().isAfter(day)).toList());
    }

    /**
     * A plan as a customer who does not buy again lives it: every step on one timeline at its days
     * after its anchor. Steps of different trigger kinds are placed as if their anchors fell on one
     * day — exact for a one-time buyer (first and last purchase coincide), an approximation otherwise,
     * which {@link PlanCheck#mixedTriggers()} tells.
     */
    public static PlanCheck checkPlan(Plan plan) {
        List<ContactPoint> points = plan.steps().stream()
                .map(s -> new ContactPoint(DAY_ZERO.plusDays(s.trigger().days()), s.channel())).toList();
        ThreeThreeTwo v = check(points);
        boolean mixed = plan.steps().stream().map(s -> s.trigger().kind()).distinct().count() > 1;
        return new PlanCheck(v.meets(), v.contacts(), v.channels(), day(v.from()), day(v.to()), mixed);
    }

    private static Integer day(LocalDate date) {
        return date == null ? null : (int) ChronoUnit.DAYS.between(DAY_ZERO, date);
    }

    private static boolean better(ThreeThreeTwo a, ThreeThreeTwo b) {
        if (a.meets() != b.meets()) {
            return a.meets();
        }
        if (a.contacts() != b.contacts()) {
            return a.contacts() > b.contacts();
        }
        return a.channels() > b.channels();
    }

    /**
     * A plan's verdict; {@code fromDay} and {@code toDay} are the best window's first and last steps
     * in days after the anchor (negative: before a run-out date), null for a plan without steps.
     */
    public record PlanCheck(boolean meets, int contacts, int channels, Integer fromDay, Integer toDay,
                            boolean mixedTriggers) {

        /** "meets 3-3-2: 3 contacts, 3 channels, days 30–55" */
        public String describe() {
            return (meets ? "meets 3-3-2: " : "misses 3-3-2: best ") + contacts + " contacts, " + channels
                    + " channels" + (fromDay == null ? "" : ", days " + fromDay + "–" + toDay)
                    + (mixedTriggers ? " (mixed triggers: anchors taken as one day)" : "");
        }
    }
}
