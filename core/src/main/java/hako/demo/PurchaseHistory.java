package hako.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates one shopper's orders from their first purchase to the end of the history. Regular and
 * bulk shoppers buy at their rate, or when their usage-cycle favourite runs out, and may drop out
 * for good after every purchase; seasonal shoppers come back in their months of the year.
 */
final class PurchaseHistory {

    /** Keeps a pathological draw (rate near infinity, dropout near 0) from writing thousands of orders. */
    private static final int MAX_ORDERS = 120;
    private static final double FAVOURITE_SHARE = 0.45;
    private static final double SEASON_SKIPPED = 0.2;
    private static final double CANCELLED_SHARE = 0.02;
    private static final double GUEST_SHARE = 0.005;
    /** Orders per hour of the day, relative: lunch breaks and evenings at home. */
    private static final double[] HOURS = Draw.cumulative(new double[] {
        1, 0.6, 0.4, 0.3, 0.3, 0.5, 1, 2, 3, 4, 5, 5, 6, 5, 4.5, 4.5, 4.5, 4.5, 5, 6, 7, 8, 7, 4});

    private final ShopCalendar calendar;
    private final Catalogue catalogue;
    private final Basket basket;

    PurchaseHistory(ShopCalendar calendar, Catalogue catalogue) {
        this.calendar = calendar;
        this.catalogue = catalogue;
        this.basket = new Basket(catalogue);
    }

    List<Order> of(Shopper shopper, SplittableRandom rng) {
        List<Order> orders = new ArrayList<>();
        Order first = add(orders, shopper.acquired(), shopper.habit(), shopper.entry(), rng);
        if (shopper.habit() == Habit.SEASONAL) {
            seasons(shopper, orders, rng);
        } else {
            repeats(shopper, first, orders, rng);
        }
        return orders;
    }

    private void repeats(Shopper shopper, Order first, List<Order> orders, SplittableRandom rng) {
        double day = shopper.acquired();
        Order last = first;
        while (orders.size() < MAX_ORDERS && rng.nextDouble() >= shopper.dropout()) {
            day += gap(shopper, last.lines(), rng);
            if (day >= calendar.days()) {
                return;
            }
            int month = calendar.month((int) day);
            boolean favourite = shopper.replenishes() || rng.nextDouble() < FAVOURITE_SHARE;
            Product main = favourite && shopper.favourite().sells(month) ? shopper.favourite()
                    : catalogue.popular(rng, month);
            last = add(orders, (int) day, shopper.habit(), main, rng);
        }
    }

    /** Days to the next order, at least one: around the run-out date for a replenisher, else exponential. */
    private static double gap(Shopper shopper, List<OrderLine> last, SplittableRandom rng) {
        int runOut = 0;
        for (OrderLine line : last) {
            if (line.product() == shopper.favourite()) {
                runOut = shopper.favourite().cycleDays() * line.quantity();
            }
        }
        if (shopper.replenishes() && runOut > 0) {
            return Math.max(1, runOut * (0.85 + 0.35 * rng.nextDouble()));
        }
        return Math.max(1, Draw.exponential(rng) / shopper.rate());
    }

    private void seasons(Shopper shopper, List<Order> orders, SplittableRandom rng) {
        LocalDate month = calendar.date(shopper.acquired()).withDayOfMonth(1);
        while (orders.size() < MAX_ORDERS && rng.nextDouble() >= shopper.dropout()) {
            month = nextSeason(shopper, month, rng);
            int day = calendar.day(month.plusDays(rng.nextInt(month.lengthOfMonth())));
            if (day >= calendar.days()) {
                return;
            }
            int m = month.getMonthValue();
            boolean favourite = rng.nextBoolean() && shopper.favourite().sells(m);
            add(orders, day, Habit.SEASONAL, favourite ? shopper.favourite() : catalogue.gift(rng, m), rng);
        }
    }

    /** The first of the shopper's season months after {@code month}, skipping a season now and then. */
    private LocalDate nextSeason(Shopper shopper, LocalDate month, SplittableRandom rng) {
        int firstMonth = calendar.month(shopper.acquired());
        LocalDate next = month;
        do {
            next = next.plusMonths(1);
            while (next.getMonthValue() != firstMonth && next.getMonthValue() != shopper.giftMonth()) {
                next = next.plusMonths(1);
            }
        } while (rng.nextDouble() < SEASON_SKIPPED);
        return next;
    }

    /**
     * Adds the shopper's order and returns it, and now and then a guest checkout on the same day by
     * somebody without an account.
     */
    private Order add(List<Order> orders, int day, Habit habit, Product main, SplittableRandom rng) {
        int month = calendar.month(day);
        Order order = new Order(day, second(rng), basket.fill(habit, main, month, rng),
                rng.nextDouble() < CANCELLED_SHARE, false);
        orders.add(order);
        if (rng.nextDouble() < GUEST_SHARE) {
            List<OrderLine> guest = basket.fill(Habit.REGULAR, catalogue.popular(rng, month), month, rng);
            orders.add(new Order(day, second(rng), guest, rng.nextDouble() < CANCELLED_SHARE, true));
        }
        return order;
    }

    private static int second(SplittableRandom rng) {
        return Draw.index(HOURS, rng) * 3600 + rng.nextInt(3600);
    }
}
