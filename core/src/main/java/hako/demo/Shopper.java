package hako.demo;

/**
 * One simulated customer's traits, drawn once.
 *
 * @param acquired    day of the first order
 * @param rate        purchases per day while active (λ of BG/NBD)
 * @param dropout     chance of becoming inactive for good after each purchase (p of BG/NBD)
 * @param entry       the main product of the first order
 * @param favourite   the product they come back for
 * @param replenishes whether they re-buy their usage-cycle favourite when it runs out, rather than at their rate
 * @param giftMonth   for seasonal shoppers, a second month (1–12) they buy in besides the month they came; 0 if none
 */
record Shopper(long index, String id, int acquired, Habit habit, double rate, double dropout, Product entry,
               Product favourite, boolean replenishes, int giftMonth) {
}
