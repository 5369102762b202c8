package hako.demo;

import java.util.SplittableRandom;

/** How a shopper buys, beyond their rate: the behaviours DOMAIN.md warns averages hide. */
enum Habit {
    /** Buys at their own Gamma-distributed rate until they drop out. */
    REGULAR,
    /** Buys in the same calendar months each year: gifts for お中元 and お歳暮, Mother's Day. */
    SEASONAL,
    /** Buys for an office, a family or resale: many units or many lines per order. */
    BULK;

    private static final double SEASONAL_SHARE = 0.05;
    private static final double BULK_SHARE = 0.03;

    static Habit draw(SplittableRandom rng) {
        double u = rng.nextDouble();
        return u < SEASONAL_SHARE ? SEASONAL : u < SEASONAL_SHARE + BULK_SHARE ? BULK : REGULAR;
    }
}
