package hako.followups;

import java.util.Locale;

/**
 * When a step falls due: {@code days} after the anchor of its kind.
 *
 * @param days days after the anchor; only {@link Kind#RUN_OUT} accepts negative days (before the run-out date)
 */
public record Trigger(Kind kind, int days) {

    /** What a step's days count from. */
    public enum Kind {
        /** R reaches {@code days}: anchored on the last purchase. */
        RECENCY,
        /** {@code days} after the first purchase. */
        SINCE_FIRST,
        /** {@code days} relative to a usage-cycle product's run-out date (negative: before it). */
        RUN_OUT;

        /** As stored and written in plan files: {@code since_first}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind ofKey(String key) {
            for (Kind k : values()) {
                if (k.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown trigger \"" + key + "\": use recency, since_first or run_out");
        }
    }

    public Trigger {
        if (kind == null) {
            throw new IllegalArgumentException("a trigger needs its kind");
        }
        if (days < 0 && kind != Kind.RUN_OUT) {
            throw new IllegalArgumentException(kind.key() + " days cannot be negative (" + days
                    + "); only run_out counts days before its date");
        }
        if (Math.abs(days) > 3660) {
            throw new IllegalArgumentException("trigger days must be within ten years, not " + days);
        }
    }

    public static Trigger recency(int days) {
        return new Trigger(Kind.RECENCY, days);
    }

    public static Trigger sinceFirst(int days) {
        return new Trigger(Kind.SINCE_FIRST, days);
    }

    public static Trigger runOut(int days) {
        return new Trigger(Kind.RUN_OUT, days);
    }
}
