package hako.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/** The demo shop's products, and how shoppers pick among them. */
final class Catalogue {

    static final String HEADER = "商品コード,商品名,カテゴリ,価格,利用サイクル日数";

    /** The entry product: a low-priced trial set (one per customer) many first orders start with. */
    private static final String TRIAL_CODE = "P035";

    private final List<Product> products;
    private final List<Product> giftItems;
    private final double[] popular;
    private final double[] gifts;
    private final Product trial;

    private Catalogue(List<Product> products) {
        this.products = products;
        // Seasonal shoppers buy gifts and food: the sets and what goes in a gift box.
        this.giftItems = products.stream().filter(p -> p.isGift() || p.category().equals("食品")).toList();
        this.popular = Draw.cumulative(products.stream().mapToDouble(Product::popularity).toArray());
        this.gifts = Draw.cumulative(giftItems.stream().mapToDouble(p -> p.isGift() ? 4 : 1).toArray());
        this.trial = products.stream().filter(p -> p.code().equals(TRIAL_CODE)).findFirst().orElseThrow();
    }

    static Catalogue load() {
        return new Catalogue(DemoData.rows("catalogue.tsv").stream()
                .map(r -> new Product(r[0], r[1], r[2], Integer.parseInt(r[3]), Integer.parseInt(r[4]),
                        Double.parseDouble(r[5]), Integer.parseInt(r[6])))
                .toList());
    }

    List<Product> products() {
        return products;
    }

    Product trial() {
        return trial;
    }

    /** A product on sale in {@code month}, in proportion to its popularity. */
    Product popular(SplittableRandom rng, int month) {
        Product p;
        do {
            p = products.get(Draw.index(popular, rng));
        } while (!p.sells(month));
        return p;
    }

    /** A gift set on sale in {@code month} most of the time, else a food product. */
    Product gift(SplittableRandom rng, int month) {
        Product p;
        do {
            p = giftItems.get(Draw.index(gifts, rng));
        } while (!p.sells(month));
        return p;
    }

    /** Writes products.csv (UTF-8); cycle days empty for products without a usage cycle. */
    void write(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder();
            for (Product p : products) {
                line.setLength(0);
                CsvText.field(line, p.code()).append(',');
                CsvText.field(line, p.name()).append(',');
                CsvText.field(line, p.category()).append(',').append(p.price()).append(',');
                if (p.hasCycle()) {
                    line.append(p.cycleDays());
                }
                out.append(line).append('\n');
            }
        }
    }
}
