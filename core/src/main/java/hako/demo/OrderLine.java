package hako.demo;

/** One line of a simulated order; the unit price is the product's. */
record OrderLine(Product product, int quantity) {

    int amount() {
        return product.price() * quantity;
    }
}
