/**
 * A demo shop: about two years of realistic order history, a customers master and a products
 * master for a Japanese D2C shop, written as the CSV exports Hako imports. Used by
 * {@code hako demo}, by the benchmarks, and by anyone who wants to see the board before their own
 * data is at hand.
 *
 * <p>Customers are simulated one at a time in the spirit of BG/NBD (a Gamma-distributed purchase
 * rate and a Beta-distributed dropout after every purchase), with usage-cycle replenishment,
 * seasonal gift buyers and bulk buyers on top, so that every cluster and stage of the board is
 * populated. Each customer draws from its own seeded random stream: the same options always give
 * the same bytes, and a million customers stream through in bounded memory.
 */
package hako.demo;
