package hako.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Fills an order around its main product: a typical order has 1–3 lines of 1–2 units. */
final class Basket {

    /** Extra products besides the main one: none, one, two. */
    private static final double[] EXTRAS = Draw.cumulative(new double[] {70, 22, 8});
    private static final double SECOND_UNIT = 0.15;
    private static final double COUPON_SHARE = 0.03;
    private static final int COUPON_MINIMUM = 1500;

    private final Catalogue catalogue;

    Basket(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** An order placed in calendar {@code month}; {@code main} must be on sale then. */
    List<OrderLine> fill(Habit habit, Product main, int month, SplittableRandom rng) {
        List<OrderLine> lines = new ArrayList<>(4);
        if (habit == Habit.BULK) {
            bulk(main, month, lines, rng);
        } else {
            lines.add(new OrderLine(main, quantity(rng)));
            int extras = Draw.index(EXTRAS, rng);
            for (int i = 0; i < extras; i++) {
                Product extra = habit == Habit.SEASONAL ? catalogue.gift(rng, month) : catalogue.popular(rng, month);
                add(lines, extra, quantity(rng));
            }
        }
        if (rng.nextDouble() < COUPON_SHARE && subtotal(lines) >= COUPON_MINIMUM) {
            lines.add(new OrderLine(Product.COUPON, 1));
        }
        return lines;
    }

    /** Half the time many units of a few products, half the time many products. */
    private void bulk(Product main, int month, List<OrderLine> lines, SplittableRandom rng) {
        if (rng.nextBoolean()) {
            lines.add(new OrderLine(main, 5 + rng.nextInt(16)));
            if (rng.nextBoolean()) {
                add(lines, catalogue.popular(rng, month), 5 + rng.nextInt(16));
            }
        } else {
            lines.add(new OrderLine(main, 1 + rng.nextInt(3)));
            int wanted = 4 + rng.nextInt(7);
            for (int tries = 0; lines.size() < wanted && tries < 3 * wanted; tries++) {
                add(lines, catalogue.popular(rng, month), 1 + rng.nextInt(3));
            }
        }
    }

    private static int quantity(SplittableRandom rng) {
        return rng.nextDouble() < SECOND_UNIT ? 2 : 1;
    }

    /** Adds a line unless the order already has the product: carts merge a product into one line. */
    private static void add(List<OrderLine> lines, Product product, int quantity) {
        for (OrderLine line : lines) {
            if (line.product() == product) {
                return;
            }
        }
        lines.add(new OrderLine(product, quantity));
    }

    private static int subtotal(List<OrderLine> lines) {
        int sum = 0;
        for (OrderLine line : lines) {
            sum += line.amount();
        }
        return sum;
    }
}
