package hako.demo;

import java.util.List;

/**
 * One simulated order.
 *
 * @param second time of day in seconds after midnight
 * @param guest  placed by guest checkout: written without a customer id
 */
record Order(int day, int second, List<OrderLine> lines, boolean cancelled, boolean guest) {
}
