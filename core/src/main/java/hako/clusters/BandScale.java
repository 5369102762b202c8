package hako.clusters;

import hako.customers.MetricRules;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Consecutive bands that cover every value from the first band's low end upwards, the last one open.
 * The heatmap's R bands follow the stage thresholds, so that its rows are the board's stages split
 * finer: with the default rules 0–30 (acquisition), 31–60, 61–90 (just past churn), 91–180, 181–365,
 * 366+ (dormant).
 */
public record BandScale(List<Band> bands) {

    /** The heatmap's F bands: 1, 2, 3, 4–5, 6–9, 10+. */
    public static final BandScale HEATMAP_FREQUENCY = fromLows(1, 2, 3, 4, 6, 10);

    /** The F histogram: 1 to 9 one by one, then 10–19, 20–49, 50+. */
    public static final BandScale FREQUENCY = fromLows(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 50);

    /** The M histogram in yen, 1-2-5 steps: under ￥1,000, ￥1,000–1,999, ￥2,000–4,999, … ￥1,000,000+. */
    public static final BandScale MONETARY = fromLows(0, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000,
            200_000, 500_000, 1_000_000);

    public BandScale {
        bands = List.copyOf(bands);
        if (bands.isEmpty() || !bands.get(bands.size() - 1).isOpen()) {
            throw new IllegalArgumentException("a band scale needs bands and an open last band");
        }
    }

    /** Bands starting at each of {@code lows} (ascending), each ending where the next starts. */
    public static BandScale fromLows(long... lows) {
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < lows.length; i++) {
            bands.add(new Band(lows[i], i + 1 < lows.length ? lows[i + 1] - 1 : null));
        }
        return new BandScale(bands);
    }

    /** Bands ending at each of {@code highs} (ascending, from 0), then one open band. */
    static BandScale fromHighs(TreeSet<Long> highs) {
        long[] lows = new long[highs.size() + 1];
        int i = 1;
        for (long high : highs) {
            lows[i++] = high + 1;
        }
        return fromLows(lows);
    }

    /** The heatmap's R bands: the acquisition, churn and dormant thresholds, 90 and 180 days. */
    public static BandScale heatmapRecency(MetricRules rules) {
        return fromHighs(new TreeSet<>(List.of((long) rules.acquisitionDays(), (long) rules.churnDays(), 90L, 180L,
                (long) rules.dormantDays())));
    }

    /**
     * The R histogram: 30-day bands up to the dormant threshold (the last one stretched to end on it:
     * 331–365), then a year past it and beyond.
     */
    public static BandScale recency(MetricRules rules) {
        TreeSet<Long> highs = new TreeSet<>();
        long dormant = rules.dormantDays();
        for (long high = 30; high + 30 <= dormant; high += 30) {
            highs.add(high);
        }
        highs.add(dormant);
        highs.add(dormant + 365);
        return fromHighs(highs);
    }

    /** The low ends, for SQL to find a value's band (the last low at or below it). */
    public Long[] lows() {
        return bands.stream().map(Band::low).toArray(Long[]::new);
    }

    public int size() {
        return bands.size();
    }

    public Band get(int index) {
        return bands.get(index);
    }
}
