package hako.demo;

import hako.imports.ImportProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a demo shop: orders.csv, customers.csv and products.csv, ready for {@code hako import}.
 * Customers are simulated and written one at a time, so memory stays flat at any size.
 */
public final class DemoShop {

    static final String PHASE = "generating demo shop";
    private static final int PROGRESS_EVERY = 10_000;
    /** Purposes of the per-customer random streams (see {@link Draw#stream}). */
    private static final int TRAITS = 1;
    private static final int MASTER = 2;
    private static final int ORDERS = 3;

    private DemoShop() {
    }

    /**
     * Writes orders.csv, customers.csv and products.csv into {@code dir} (created if missing),
     * replacing files of those names. {@code progress} may be null.
     */
    public static DemoFiles write(Path dir, DemoOptions options, ImportProgress progress) throws IOException {
        Files.createDirectories(dir);
        Path orders = dir.resolve("orders.csv");
        Path customers = dir.resolve("customers.csv");
        Path products = dir.resolve("products.csv");
        Catalogue catalogue = Catalogue.load();
        catalogue.write(products);
        ShopCalendar calendar = new ShopCalendar(options.end());
        try (OrdersCsv orderFile = new OrdersCsv(orders, options.ordersEncoding(), options.maxLines(), calendar);
             CustomersCsv customerFile = new CustomersCsv(customers)) {
            simulate(options, calendar, catalogue, orderFile, customerFile,
                    progress == null ? ImportProgress.NONE : progress);
            return new DemoFiles(orders, customers, products, orderFile.lines(), orderFile.orders(),
                    customerFile.count());
        }
    }

    /** Customer by customer: traits, master row, then orders until maxLines is reached. */
    private static void simulate(DemoOptions options, ShopCalendar calendar, Catalogue catalogue, OrdersCsv orderFile,
                                 CustomersCsv customerFile, ImportProgress progress) throws IOException {
        Acquisition acquisition = new Acquisition(calendar, catalogue, options.customers());
        PurchaseHistory history = new PurchaseHistory(calendar, catalogue);
        long seed = options.seed();
        int total = options.customers();
        progress.advance(PHASE, 0, total);
        for (int i = 0; i < total; i++) {
            Shopper shopper = acquisition.shopper(i, Draw.stream(seed, TRAITS, i));
            customerFile.write(shopper, Draw.stream(seed, MASTER, i));
            if (!orderFile.full()) {
                orderFile.write(shopper.id(), history.of(shopper, Draw.stream(seed, ORDERS, i)));
            }
            if ((i + 1) % PROGRESS_EVERY == 0 || i + 1 == total) {
                progress.advance(PHASE, i + 1, total);
            }
        }
    }
}
