package hako.settings;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How often the web app recomputes what live purchases (the events API) change; an import recomputes at once.
 *
 * @param events how long purchases from the events API may wait before the shop's numbers (board, segment
 *               counts, groups) are recomputed with them; zero: at every batch
 * @param clvRefit how long a CLV fit is kept while only live purchases arrive; zero: refitted with the numbers
 */
public record RefreshSettings(Duration events, Duration clvRefit) {

    public static final RefreshSettings DEFAULTS = new RefreshSettings(Duration.ofMinutes(5), Duration.ofHours(24));

    /** The settings keys, in the order the settings page and the README list them. */
    public static final List<String> KEYS = List.of("events.refresh_minutes", "clv.refit_hours");

    private static final long MAX_MINUTES = 24 * 60;
    private static final long MAX_HOURS = 24 * 31;

    public RefreshSettings {
        within("events.refresh_minutes", events.toMinutes(), MAX_MINUTES);
        within("clv.refit_hours", clvRefit.toHours(), MAX_HOURS);
    }

    private static void within(String key, long value, long max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(key + " must be from 0 to " + max + ", not " + value);
        }
    }

    /** Each key's value as a settings file writes it, in {@link #KEYS} order. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(KEYS.get(0), Long.toString(events.toMinutes()));
        values.put(KEYS.get(1), Long.toString(clvRefit.toHours()));
        return values;
    }

    /** These settings with the keys given (as in a settings file) replaced; the others are kept. */
    public RefreshSettings with(Map<String, String> given) {
        int minutes = HakoSettings.integer(given, KEYS.get(0), (int) events.toMinutes());
        int hours = HakoSettings.integer(given, KEYS.get(1), (int) clvRefit.toHours());
        return new RefreshSettings(Duration.ofMinutes(minutes), Duration.ofHours(hours));
    }
}
