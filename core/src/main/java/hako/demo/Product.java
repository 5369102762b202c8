package hako.demo;

/**
 * A product of the demo catalogue.
 *
 * @param cycleDays  days one unit lasts for a usage-cycle product (利用サイクル商品), 0 otherwise
 * @param popularity relative weight of being picked; 0 for a product only a first order holds
 * @param season     the month (1–12) a seasonal gift set is sold in, 0 for all year
 */
record Product(String code, String name, String category, int price, int cycleDays, double popularity, int season) {

    /** Not in the master: a coupon shows up as a negative line of the order it was used in. */
    static final Product COUPON = new Product("CP500", "クーポン値引", "値引", -500, 0, 0, 0);

    boolean hasCycle() {
        return cycleDays > 0;
    }

    /** Whether the product is on sale in {@code month}: お中元 sets in July, お歳暮 sets in December. */
    boolean sells(int month) {
        return season == 0 || season == month;
    }

    boolean isGift() {
        return category.equals("ギフト");
    }
}
