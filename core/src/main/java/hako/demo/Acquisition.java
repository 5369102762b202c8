package hako.demo;

import java.util.SplittableRandom;

/** Wins the shop's customers: when each came and the traits they bring. */
final class Acquisition {

    /** Shape of the Gamma purchase rate: below 1, so most buy rarely and a few very often. */
    private static final double RATE_SHAPE = 0.65;
    /** λ = Gamma(RATE_SHAPE, 1) / RATE_DAYS: on average one purchase per 62 days while active, with a long tail. */
    private static final double RATE_DAYS = 40;
    /** Beta(a, b) of the dropout after each purchase: mean a / (a + b). */
    private static final double DROPOUT_A = 1.0;
    private static final double DROPOUT_B = 2.0;
    private static final double TRIAL_SHARE = 0.25;
    private static final double REPLENISHER_SHARE = 0.6;

    private final ShopCalendar calendar;
    private final Catalogue catalogue;
    private final long total;

    Acquisition(ShopCalendar calendar, Catalogue catalogue, long total) {
        this.calendar = calendar;
        this.catalogue = catalogue;
        this.total = total;
    }

    Shopper shopper(long index, SplittableRandom rng) {
        int acquired = calendar.acquired(index, total, rng.nextDouble());
        Habit habit = Habit.draw(rng);
        double rate = Draw.gamma(rng, RATE_SHAPE) / RATE_DAYS;
        double dropout = Draw.beta(rng, DROPOUT_A, DROPOUT_B);
        if (habit == Habit.SEASONAL) {
            dropout /= 2;   // a gift list is a habit: seasonal buyers come back more reliably
        }
        int month = calendar.month(acquired);
        Product favourite = habit == Habit.SEASONAL ? catalogue.gift(rng, month) : catalogue.popular(rng, month);
        Product entry = habit == Habit.REGULAR && rng.nextDouble() < TRIAL_SHARE ? catalogue.trial() : favourite;
        boolean replenishes = favourite.hasCycle() && rng.nextDouble() < REPLENISHER_SHARE;
        int giftMonth = habit == Habit.SEASONAL ? giftMonth(month, rng) : 0;
        return new Shopper(index, CsvText.customerId(index), acquired, habit, rate, dropout, entry, favourite,
                replenishes, giftMonth);
    }

    /** The other gift season: summer for those who came in December, December for most others. */
    private static int giftMonth(int firstMonth, SplittableRandom rng) {
        if (firstMonth == 12) {
            return rng.nextDouble() < 0.7 ? 7 : 5;
        }
        return firstMonth == 7 || rng.nextDouble() < 0.8 ? 12 : 0;
    }
}
