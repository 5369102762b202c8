package hako.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the order exports shops really have are read: encodings, layouts, amounts, cancellations and odd rows. */
class OrderLayoutsImportTest extends ImportFixture {

    @Test
    void importsAShiftJisOrdersFileWithJapaneseHeaders() throws Exception {
        Path file = write("sjis.csv", WINDOWS_31J, """
                受注番号,注文日時,顧客ID,商品コード,商品名,数量,単価,合計金額\r
                A-1,2022/11/30 12:34,髙橋001,P01,①お試しセット,1,"￥1,234","￥1,234"\r
                A-2,令和4年12月1日,C002,P02,山﨑さんの定期便,2,¥980,"2,460円"\r
                A-2,令和4年12月1日,C002,P03,㈱ハコ特製ギフト,1,500,"2,460円"\r
                """);
        ImportReport report = run(file);

        assertThat(report.files().get(0).encoding()).isEqualTo("Shift_JIS (Windows-31J)");
        assertThat(rows("SELECT order_id, customer_id, ordered_at, order_date, amount FROM orders ORDER BY order_id"))
                .containsExactly("A-1|髙橋001|2022-11-30T12:34|2022-11-30|1234.00",
                        "A-2|C002|2022-12-01T00:00|2022-12-01|2460.00");
        assertThat(rows("SELECT order_id, product_code, product_name, quantity, unit_price, amount FROM order_lines"
                + " ORDER BY order_id, line_no")).containsExactly(
                "A-1|P01|①お試しセット|1.000|1234.00|1234.00",
                "A-2|P02|山﨑さんの定期便|2.000|980.00|1960.00",
                "A-2|P03|㈱ハコ特製ギフト|1.000|500.00|500.00");
    }

    @Test
    void importsAShopifyOrdersExportAsIs() throws Exception {
        Path file = write("orders_export.csv", StandardCharsets.UTF_8, """
                Name,Email,Financial Status,Paid at,Fulfillment Status,Currency,Subtotal,Shipping,Taxes,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Cancelled at,Refunded Amount,Id
                #1001,A@Example.com,paid,2022-11-30 12:00:00 +0900,fulfilled,JPY,3000,500,300,3800,2022-11-30 12:00:00 +0900,2,Green tea,1000,TEA-1,,0,5001
                #1001,a@example.com,,,,,,,,,2022-11-30 12:00:00 +0900,1,Cup,1000,CUP-1,,,
                #1002,b@example.com,refunded,2022-12-01 09:00:00 +0900,,JPY,2000,0,200,2200,2022-12-01 09:00:00 +0900,1,Teapot,2000,POT-1,,2200,5002
                #1003,c@example.com,partially_refunded,2022-12-02 10:00:00 +0900,fulfilled,JPY,5000,0,500,5500,2022-12-02 10:00:00 +0900,5,Green tea,1000,TEA-1,,1500,5003
                #1004,a@example.com,voided,,,JPY,1000,0,100,1100,2022-12-03 10:00:00 +0900,1,Green tea,1000,TEA-1,2022-12-03 11:00:00 +0900,0,5004
                #1005,d@example.com,paid,2022-12-03 20:00:00 -0500,,JPY,4000,0,400,4400,2022-12-03 20:00:00 -0500,1,Gift box,2500,BOX-1,,0,5005
                #1005,d@example.com,,,,,,,,,2022-12-03 20:00:00 -0500,3,Cup,500,CUP-1,,,
                """);
        ImportReport.OrdersSummary summary = orders(run(file));

        assertThat(rows("SELECT order_id, customer_id, ordered_at, amount, cancelled, status FROM orders ORDER BY order_id"))
                .containsExactly(
                        "#1001|a@example.com|2022-11-30T12:00|3000.00|false|paid",
                        "#1002|b@example.com|2022-12-01T09:00|-200.00|true|refunded",
                        "#1003|c@example.com|2022-12-02T10:00|3500.00|false|partially_refunded",
                        "#1004|a@example.com|2022-12-03T10:00|1000.00|true|voided",
                        "#1005|d@example.com|2022-12-04T10:00|4000.00|false|paid");
        assertThat(count("SELECT count(*) FROM order_lines")).isEqualTo(7);
        assertThat(rows("SELECT product_code, quantity, amount FROM order_lines WHERE order_id = '#1005' ORDER BY line_no"))
                .containsExactly("BOX-1|1.000|2500.00", "CUP-1|3.000|1500.00");
        assertThat(summary.orders()).isEqualTo(5);
        assertThat(summary.lines()).isEqualTo(7);
        assertThat(summary.cancelled()).isEqualTo(2);
        assertThat(summary.purchases()).isEqualTo(3);
        assertThat(summary.notPositive()).isZero();
        assertThat(summary.ordersWithoutCustomer()).isZero();
    }

    @Test
    void importsOneRowPerOrderWithATotalOnly() throws Exception {
        Path file = write("orders.csv", StandardCharsets.UTF_8, """
                注文番号,注文日,会員ID,合計金額
                5001,2022/11/01,M1,"3,000"
                5002,2022/11/02,M2,0
                5003,2022/11/03,M1,▲500
                5004,2022/11/04,M3,"￥12,800"
                """);
        ImportReport.OrdersSummary summary = orders(run(file));

        assertThat(rows("SELECT order_id, customer_id, order_date, amount FROM orders ORDER BY order_id")).containsExactly(
                "5001|M1|2022-11-01|3000.00", "5002|M2|2022-11-02|0.00", "5003|M1|2022-11-03|-500.00",
                "5004|M3|2022-11-04|12800.00");
        assertThat(count("SELECT count(*) FROM order_lines")).isZero();
        assertThat(summary.orders()).isEqualTo(4);
        assertThat(summary.notPositive()).isEqualTo(2);
        assertThat(summary.purchases()).isEqualTo(2);
        assertThat(summary.firstDate()).isEqualTo(LocalDate.of(2022, 11, 1));
        assertThat(summary.lastDate()).isEqualTo(LocalDate.of(2022, 11, 4));
    }

    @Test
    void readsTabSeparatedUtf8WithABom() throws Exception {
        Path file = writeBytes("orders.tsv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "受注番号\t受注日\t顧客ID\t金額\r\n1\t2022/11/01\tC1\t\"1,000\"\r\n".getBytes(StandardCharsets.UTF_8));
        ImportReport report = run(file);
        assertThat(report.files().get(0).delimiter()).isEqualTo('\t');
        assertThat(rows("SELECT order_id, customer_id, amount FROM orders")).containsExactly("1|C1|1000.00");
    }

    @Test
    void anExplicitMappingIsUsedByTheImport() throws Exception {
        Path file = write("orders.csv", StandardCharsets.UTF_8, """
                伝票,日付,購入者,税込
                1,2022-11-01,C1,1100
                """);
        run(DEFAULTS.mapping(Map.of(Field.ORDER_ID, "伝票", Field.ORDERED_AT, "日付", Field.CUSTOMER_ID, "購入者",
                Field.AMOUNT, "税込")).kind(ImportKind.ORDERS), file);
        assertThat(rows("SELECT order_id, customer_id, amount FROM orders")).containsExactly("1|C1|1100.00");
    }

    // ---- amounts

    @Test
    void sumsLineAmountsWhenTheAmountColumnDiffersBetweenLinesOfAnOrder() throws Exception {
        Path file = write("orders.csv", StandardCharsets.UTF_8, """
                受注番号,受注日,顧客番号,商品コード,金額
                1,2022-11-01,C1,P1,1000
                1,2022-11-01,C1,P2,-200
                2,2022-11-02,C2,P1,1000
                """);
        run(file);
        assertThat(rows("SELECT order_id, amount FROM orders ORDER BY order_id")).containsExactly("1|800.00", "2|1000.00");
    }

    @Test
    void howAnAmountColumnIsReadIsDecidedPerFileAndShown() throws Exception {
        Path totals = write("totals.csv", StandardCharsets.UTF_8, """
                注文番号,注文日時,会員ID,商品コード,金額
                1,2022/11/01,C1,P1,1000
                1,2022/11/01,C1,P2,1000
                """);
        Path lines = write("lines.csv", StandardCharsets.UTF_8, """
                注文番号,注文日時,会員ID,商品コード,金額
                2,2022/11/02,C2,P1,300
                2,2022/11/02,C2,P2,700
                """);
        ImportReport report = run(totals, lines);
        assertThat(rows("SELECT order_id, amount FROM orders ORDER BY order_id")).containsExactly("1|1000.00", "2|1000.00");
        assertThat(report.files().get(0).mapping()).anyMatch(m -> m.startsWith("\"金額\" → amount (each order's total"));
        assertThat(report.files().get(1).mapping()).anyMatch(m -> m.startsWith("\"金額\" → amount (line amounts"));
    }

    // ---- cancellations

    @Test
    void cancelledOrdersAreStoredButAreNotPurchases() throws Exception {
        Path file = write("orders.csv", StandardCharsets.UTF_8, """
                注文番号,注文日,会員ID,合計金額,ステータス,キャンセル
                1,2022-11-01,C1,100,キャンセル,
                2,2022-11-01,C1,100,発送済み,
                3,2022-11-01,C1,100,,1
                4,2022-11-01,C1,100,,0
                5,2022-11-01,C1,100,,
                6,2022-11-01,C1,100,,2022/11/02
                """);
        ImportReport.OrdersSummary summary = orders(run(file));

        assertThat(rows("SELECT order_id, cancelled FROM orders ORDER BY order_id"))
                .containsExactly("1|true", "2|false", "3|true", "4|false", "5|false", "6|true");
        assertThat(summary.cancelled()).isEqualTo(3);
        assertThat(summary.purchases()).isEqualTo(3);
    }

    @Test
    void onlyRealCancellationsCancel() throws Exception {
        run(write("orders.csv", StandardCharsets.UTF_8, """
                注文番号,注文日時,会員ID,合計金額,ステータス
                1,2022/11/01,C1,1000,キャンセル不可商品
                2,2022/11/01,C2,1000,返品なし
                3,2022/11/01,C3,1000,キャンセル済み
                """));
        assertThat(rows("SELECT order_id, cancelled FROM orders ORDER BY order_id"))
                .containsExactly("1|false", "2|false", "3|true");
        ImportFailed failed = failsAndChangesNothing(write("bad.csv", StandardCharsets.UTF_8, """
                注文番号,注文日時,会員ID,合計金額,キャンセル日時
                4,2022/11/01,C4,1000,0000-00-00 00:00:00
                """));
        assertThat(failed.errors()).extracting(ImportError::toString).containsExactly("bad.csv:2: キャンセル日時: cannot read"
                + " \"0000-00-00 00:00:00\" as a cancellation: use a date, yes/no (1/0) or a word like キャンセル");
    }

    // ---- rows without a customer, empty rows

    @Test
    void storesAndReportsOrdersWithoutACustomer() throws Exception {
        Path file = write("orders.csv", StandardCharsets.UTF_8, """
                Order ID,Created at,Customer ID,SKU,Quantity,Price
                1,2022-11-01,C1,A,1,100
                2,2022-11-02,,A,1,100
                2,2022-11-02,,B,2,50
                3,2022-11-03, ,A,1,100
                """);
        ImportReport.OrdersSummary summary = orders(run(file));

        assertThat(summary.orders()).isEqualTo(3);
        assertThat(summary.ordersWithoutCustomer()).isEqualTo(2);
        assertThat(summary.linesWithoutCustomer()).isEqualTo(3);
        assertThat(rows("SELECT order_id, coalesce(customer_id, '-'), amount FROM orders ORDER BY order_id"))
                .containsExactly("1|C1|100.00", "2|-|200.00", "3|-|100.00");
        assertThat(count("SELECT count(*) FROM order_lines")).isEqualTo(4);
    }

    @Test
    void emptyRowsLeftBySpreadsheetsAreSkippedAndCounted() throws Exception {
        ImportReport report = run(write("orders.csv", StandardCharsets.UTF_8, """
                注文番号,注文日時,会員ID,合計金額
                1,2022/11/01,C1,1000
                ,,,
                ,,,
                """));
        assertThat(orders(report).orders()).isEqualTo(1);
        assertThat(orders(report).blankLines()).isEqualTo(2);
    }

    @Test
    void fractionalLineValuesRoundToCentsOnTheLineAndThroughThousandthsForTheOrder() throws Exception {
        // 0.5 × 0.009 = 0.0045: the line rounds once (0.00); the order's sum rounds to 0.005 first, then 0.01.
        // Order 3's two lines of 600 × 999,999,999.999 pass 10^12 together, where rounding takes the 128-bit path.
        run(write("orders.csv", StandardCharsets.UTF_8, """
                Order ID,Created at,Customer ID,SKU,Quantity,Price
                1,2022-11-01,C1,A,0.5,0.009
                2,2022-11-02,C2,B,0.5,2.469
                2,2022-11-02,C2,C,0.5,0.009
                3,2022-11-03,C3,D,600,999999999.999
                3,2022-11-03,C3,F,600,999999999.999
                4,2022-11-04,C4,E,0.25,0.003
                """));
        assertThat(rows("SELECT order_id, amount FROM orders ORDER BY order_id"))
                .containsExactly("1|0.01", "2|1.24", "3|1199999999998.80", "4|0.00");
        assertThat(rows("SELECT order_id, product_code, amount FROM order_lines ORDER BY order_id, line_no"))
                .containsExactly("1|A|0.00", "2|B|1.23", "2|C|0.00", "3|D|599999999999.40",
                        "3|F|599999999999.40", "4|E|0.00");
    }
}
