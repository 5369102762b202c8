package hako.demo;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes orders.csv as a Japanese cart exports it: one CRLF-terminated row per order line, the
 * order's columns repeated on each, in the requested encoding. Order ids are numbered as written.
 */
final class OrdersCsv implements Closeable {

    static final String HEADER = "受注番号,注文日時,顧客ID,商品コード,商品名,数量,単価,ステータス";
    static final String SHIPPED = "発送済";
    static final String CANCELLED = "キャンセル";

    private final Writer out;
    private final ShopCalendar calendar;
    private final long maxLines;
    private final Map<String, String> productColumns = new HashMap<>();
    private final StringBuilder prefix = new StringBuilder(64);
    private final StringBuilder line = new StringBuilder(128);
    private long lines;
    private long orders;

    OrdersCsv(Path file, Charset charset, long maxLines, ShopCalendar calendar) throws IOException {
        // Report rather than replace: a product name the encoding cannot hold is a bug in the catalogue.
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        this.calendar = calendar;
        this.maxLines = maxLines;
        out.write(HEADER);
        out.write("\r\n");
    }

    /** True once maxLines lines are written: no further orders will be. */
    boolean full() {
        return lines >= maxLines;
    }

    long lines() {
        return lines;
    }

    long orders() {
        return orders;
    }

    /** Writes the orders of one customer, as many as fit under maxLines (the last one whole). */
    void write(String customerId, List<Order> history) throws IOException {
        for (Order order : history) {
            if (full()) {
                return;
            }
            write(customerId, order);
        }
    }

    private void write(String customerId, Order order) throws IOException {
        orders++;
        prefix.setLength(0);
        CsvText.padded(prefix.append('O'), orders, 8).append(',').append(calendar.text(order.day()));
        int s = order.second();
        CsvText.padded(prefix, s / 3600, 2).append(':');
        CsvText.padded(prefix, s / 60 % 60, 2).append(':');
        CsvText.padded(prefix, s % 60, 2).append(',').append(order.guest() ? "" : customerId).append(',');
        String status = order.cancelled() ? CANCELLED : SHIPPED;
        for (OrderLine item : order.lines()) {
            line.setLength(0);
            line.append(prefix).append(columns(item.product())).append(item.quantity()).append(',')
                    .append(item.product().price()).append(',').append(status).append("\r\n");
            out.append(line);
            lines++;
        }
    }

    /** The product code and name columns with their commas, formatted once per product. */
    private String columns(Product product) {
        return productColumns.computeIfAbsent(product.code(), code -> {
            StringBuilder s = new StringBuilder();
            CsvText.field(s, code).append(',');
            return CsvText.field(s, product.name()).append(',').toString();
        });
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
