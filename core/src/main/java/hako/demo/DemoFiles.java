package hako.demo;

import java.nio.file.Path;

/**
 * The files a demo shop was written to, and what they hold.
 *
 * @param orderLines    data lines of orders.csv (the header not counted)
 * @param orderCount    distinct orders in orders.csv, cancelled and guest orders included
 * @param customerCount rows of customers.csv
 */
public record DemoFiles(Path orders, Path customers, Path products, long orderLines, long orderCount,
                        int customerCount) {
}
