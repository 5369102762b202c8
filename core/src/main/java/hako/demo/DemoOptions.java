package hako.demo;

import java.nio.charset.Charset;
import java.time.LocalDate;

/**
 * What demo shop to write.
 *
 * @param customers      how many customers the master holds (and, unless {@code maxLines} stops it
 *                       first, how many are simulated)
 * @param seed           the same seed and options always write the same bytes
 * @param ordersEncoding orders.csv is in Windows-31J by default, as Japanese carts export it
 * @param maxLines       stop writing orders once this many order lines are written (the current
 *                       order is finished), for benchmarks that want a given file size
 * @param end            the last day of the order history, which spans the two years up to it
 */
public record DemoOptions(int customers, long seed, Charset ordersEncoding, long maxLines, LocalDate end) {

    public DemoOptions {
        if (customers < 1) {
            throw new IllegalArgumentException("a demo shop needs at least one customer, not " + customers);
        }
        if (maxLines < 1) {
            throw new IllegalArgumentException("maxLines must be at least 1, not " + maxLines);
        }
        if (ordersEncoding == null || end == null) {
            throw new IllegalArgumentException("the orders encoding and the end date are required");
        }
    }

    public static DemoOptions defaults() {
        return new DemoOptions(20_000, 20261122L, Charset.forName("windows-31j"), Long.MAX_VALUE,
                LocalDate.of(2026, 10, 31));
    }

    public DemoOptions customers(int value) {
        return new DemoOptions(value, seed, ordersEncoding, maxLines, end);
    }

    public DemoOptions seed(long value) {
        return new DemoOptions(customers, value, ordersEncoding, maxLines, end);
    }

    public DemoOptions ordersEncoding(Charset value) {
        return new DemoOptions(customers, seed, value, maxLines, end);
    }

    public DemoOptions maxLines(long value) {
        return new DemoOptions(customers, seed, ordersEncoding, value, end);
    }

    public DemoOptions end(LocalDate value) {
        return new DemoOptions(customers, seed, ordersEncoding, maxLines, value);
    }
}
