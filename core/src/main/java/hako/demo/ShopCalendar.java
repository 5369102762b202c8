package hako.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The two years of the demo shop's history as day numbers 0 … days−1, with each day's text as
 * orders.csv writes it and how many new customers the shop wins on it.
 */
final class ShopCalendar {

    /**
     * New customers per calendar month, relative: campaigns around New Year, spring, Mother's Day,
     * the summer gift season (お中元), and the year-end gift and sale season (お歳暮, Black Friday).
     */
    private static final double[] CAMPAIGNS = {1.1, 0.8, 1.2, 1.0, 1.15, 0.9, 1.35, 0.9, 0.9, 1.0, 1.4, 1.6};

    private final LocalDate start;
    private final int days;
    private final String[] texts;
    private final int[] months;
    private final double[] newcomers;

    ShopCalendar(LocalDate end) {
        this.start = end.minusYears(2).plusDays(1);
        this.days = (int) ChronoUnit.DAYS.between(start, end) + 1;
        this.texts = new String[days];
        this.months = new int[days];
        double[] weights = new double[days];
        for (int d = 0; d < days; d++) {
            LocalDate date = start.plusDays(d);
            texts[d] = text(date);
            months[d] = date.getMonthValue();
            // The shop grows: it wins about twice as many customers a day at the end as at the start.
            weights[d] = (0.65 + 0.7 * d / days) * CAMPAIGNS[months[d] - 1];
        }
        this.newcomers = Draw.cumulative(weights);
    }

    int days() {
        return days;
    }

    LocalDate date(int day) {
        return start.plusDays(day);
    }

    /** The day number of {@code date}; days() or more after the end. */
    int day(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(start, date);
    }

    /** The calendar month (1–12) of {@code day}. */
    int month(int day) {
        return months[day];
    }

    /** {@code yyyy/MM/dd } as orders.csv writes the date, with the space before the time. */
    String text(int day) {
        return texts[day];
    }

    /**
     * The day customer {@code index} of {@code total} was won. Customers are spread over the days in
     * proportion to the day's weight, in id order, so that ids grow with the registration date.
     */
    int acquired(long index, long total, double jitter) {
        return Draw.index(newcomers, (index + jitter) / total);
    }

    private static String text(LocalDate date) {
        StringBuilder s = new StringBuilder(11).append(date.getYear()).append('/');
        CsvText.padded(s, date.getMonthValue(), 2).append('/');
        return CsvText.padded(s, date.getDayOfMonth(), 2).append(' ').toString();
    }
}
