package hako.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import hako.store.ShopDatabase;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an import does with realistic exports, in a real DuckDB file: layouts, encodings, re-imports, errors. */
class ImportBehaviourTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    static final ImportOptions DEFAULTS = ImportOptions.defaults(TOKYO);

    /** One row per order line, order columns repeated on every line. */
    static final String ORDERS = """
            注文番号,注文日時,会員ID,商品コード,商品名,数量,単価,合計金額
            1001,2022/11/01 10:00,M1,P1,緑茶,2,"1,000","2,500"
            1001,2022/11/01 10:00,M1,P2,湯呑み,1,500,"2,500"
            1002,2022/11/05 09:30,M2,P1,緑茶,1,"1,000","1,000"
            1003,2022/11/20 18:45,M1,P3,急須,1,"3,000","3,000"
            """;

    @TempDir
    Path dir;
    Connection db;

    @BeforeEach
    void open() throws SQLException {
        db = ShopDatabase.open(dir.resolve("shop.duckdb"));
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    // ---- layouts and encodings

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
    void readsTabSeparatedUtf8WithABom() throws Exception {
        Path file = writeBytes("orders.tsv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "受注番号\t受注日\t顧客ID\t金額\r\n1\t2022/11/01\tC1\t\"1,000\"\r\n".getBytes(StandardCharsets.UTF_8));
        ImportReport report = run(file);
        assertThat(report.files().get(0).delimiter()).isEqualTo('\t');
        assertThat(rows("SELECT order_id, customer_id, amount FROM orders")).containsExactly("1|C1|1000.00");
    }

    // ---- re-imports

    @Test
    void reimportingTheSameFileDoesNotDoubleCount() throws Exception {
        Path file = write("orders.csv", StandardCharsets.UTF_8, ORDERS);
        ImportReport.OrdersSummary first = orders(run(file));
        List<String> afterFirst = ordersAndLines();
        ImportReport.OrdersSummary second = orders(run(file));

        assertThat(first.replaced()).isZero();
        assertThat(second.orders()).isEqualTo(first.orders()).isEqualTo(3);
        assertThat(second.lines()).isEqualTo(first.lines()).isEqualTo(4);
        assertThat(second.replaced()).isEqualTo(3);
        assertThat(ordersAndLines()).isEqualTo(afterFirst);
        assertThat(count("SELECT count(*) FROM orders")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM order_lines")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM imports")).isEqualTo(2);
    }

    @Test
    void anOverlappingLaterExportReplacesTheOrdersItContains() throws Exception {
        run(write("november.csv", StandardCharsets.UTF_8, ORDERS));
        Path later = write("later.csv", StandardCharsets.UTF_8, """
                注文番号,注文日時,会員ID,商品コード,商品名,数量,単価,合計金額
                1001,2022/11/01 10:00,M1,P1,緑茶,2,"1,000","2,000"
                1003,2022/11/20 18:45,M1,P3,急須,1,"3,000","3,000"
                1004,2022/12/01 08:00,M3,P2,湯呑み,2,500,"1,000"
                """);
        ImportReport.OrdersSummary summary = orders(run(later));

        assertThat(summary.orders()).isEqualTo(3);
        assertThat(summary.replaced()).isEqualTo(2);
        assertThat(rows("SELECT order_id, customer_id, amount FROM orders ORDER BY order_id")).containsExactly(
                "1001|M1|2000.00", "1002|M2|1000.00", "1003|M1|3000.00", "1004|M3|1000.00");
        assertThat(rows("SELECT order_id, product_code FROM order_lines ORDER BY order_id, product_code")).containsExactly(
                "1001|P1", "1002|P1", "1003|P3", "1004|P2");
    }

    @Test
    void theLaterOfTwoFilesInOneImportWinsForAnOrderInBoth() throws Exception {
        Path first = write("first.csv", StandardCharsets.UTF_8, ORDERS);
        Path second = write("second.csv", StandardCharsets.UTF_8, """
                注文番号,注文日時,会員ID,合計金額
                1003,2022/11/20 18:45,M1,2500
                """);
        ImportReport.OrdersSummary summary = orders(run(first, second));
        assertThat(summary.orders()).isEqualTo(3);
        assertThat(rows("SELECT order_id, amount FROM orders ORDER BY order_id"))
                .containsExactly("1001|2500.00", "1002|1000.00", "1003|2500.00");
        assertThat(rows("SELECT order_id FROM order_lines ORDER BY order_id, line_no")).containsExactly("1001", "1001", "1002");
    }

    // ---- rows without a customer

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

    // ---- broken input leaves the database as it was

    @Test
    void aBadDateNamesFileLineAndColumn() throws Exception {
        ImportFailed failed = failsAndChangesNothing(write("orders.csv", StandardCharsets.UTF_8, """
                注文番号,注文日時,会員ID,合計金額
                9001,2022/11/01 10:00,M1,1000
                9002,2022/11/02,M2,1000
                9003,2022/13/45,M3,1000
                9004,2022/11/04,M4,1000
                """));
        assertThat(failed.total()).isEqualTo(1);
        assertThat(failed.errors()).extracting(ImportError::toString)
                .containsExactly("orders.csv:4: 注文日時: cannot read \"2022/13/45\" as a date");
        assertThat(failed.getMessage()).startsWith("1 error, nothing was imported:");
    }

    @Test
    void errorLinesAreTheLinesAnEditorShowsEvenAfterMultiLineNotesAndBlankLines() throws Exception {
        ImportFailed failed = failsAndChangesNothing(write("orders.csv", StandardCharsets.UTF_8,
                "注文番号,注文日時,会員ID,合計金額,備考\r\n"
                        + "9001,2022/11/01,M1,1000,\"二行の\r\n備考\"\r\n"
                        + "\r\n"
                        + "9002,2022/11/02,M2,1000,\"三行\n の\n備考\"\r\n"
                        + "9003,2022/13/45,M3,1000,\r\n"));
        assertThat(failed.errors()).extracting(ImportError::toString)
                .containsExactly("orders.csv:8: 注文日時: cannot read \"2022/13/45\" as a date");
    }

    @Test
    void aCompactDateWithADigitMissingIsAnErrorNotAnotherDay() throws Exception {
        ImportFailed failed = failsAndChangesNothing(write("orders.csv", StandardCharsets.UTF_8, """
                order_id,ordered_at,customer_id,amount
                1,20221101,C1,100
                2,2022113,C2,100
                """));
        assertThat(failed.errors()).extracting(ImportError::toString)
                .containsExactly("orders.csv:3: ordered_at: cannot read \"2022113\" as a date");
    }

    @Test
    void aBadAmountNamesFileLineAndColumn() throws Exception {
        ImportFailed failed = failsAndChangesNothing(write("orders.csv", StandardCharsets.UTF_8, """
                注文番号,注文日時,会員ID,合計金額
                9001,2022/11/01 10:00,M1,12abc
                """));
        assertThat(failed.errors()).extracting(ImportError::toString)
                .containsExactly("orders.csv:2: 合計金額: cannot read \"12abc\" as an amount");
    }

    @Test
    void aLineWithTheWrongNumberOfColumnsIsAnError() throws Exception {
        ImportFailed failed = failsAndChangesNothing(write("orders.csv", StandardCharsets.UTF_8, """
                注文番号,注文日時,会員ID,合計金額
                9001,2022/11/01 10:00,M1,1000
                9002,2022/11/02 10:00,M2,1000,extra
                9003,2022/11/03 10:00,M3,1000
                """));
        assertThat(failed.errors()).hasSize(1);
        assertThat(failed.errors().get(0).toString())
                .isEqualTo("orders.csv:3: expected 4 columns as in the header, found 5");
    }

    @Test
    void anUnterminatedQuoteIsAnError() throws Exception {
        ImportFailed failed = failsAndChangesNothing(write("orders.csv", StandardCharsets.UTF_8, """
                注文番号,注文日時,会員ID,合計金額
                9001,2022/11/01 10:00,M1,1000
                9002,2022/11/02 10:00,M2,"1,000
                9003,2022/11/03 10:00,M3,1000
                """));
        assertThat(failed.errors()).hasSize(1);
        assertThat(failed.errors().get(0).toString()).isEqualTo("orders.csv:3: a quote (\") is opened and never closed");
    }

    @Test
    void aMissingRequiredColumnListsTheColumns() throws Exception {
        ImportFailed failed = failsAndChangesNothing(write("orders.csv", StandardCharsets.UTF_8, """
                注文番号,注文日時,合計金額,備考
                9001,2022/11/01 10:00,1000,
                """));
        assertThat(failed.errors()).extracting(ImportError::toString).containsExactly(
                "orders.csv:1: no column for customer_id in this orders file; the columns are: 注文番号, 注文日時, 合計金額, 備考."
                        + " Name it with --map customer_id=<column>");
    }

    @Test
    void aFileWithNoAmountColumnIsAnError() throws Exception {
        ImportFailed failed = failsAndChangesNothing(write("orders.csv", StandardCharsets.UTF_8, """
                注文番号,注文日時,会員ID,数量
                9001,2022/11/01 10:00,M1,1
                """));
        assertThat(failed.errors().get(0).toString())
                .contains("no column for amount (or line_amount, or unit_price)", "注文番号, 注文日時, 会員ID, 数量");
    }

    @Test
    void bytesInvalidForTheDeclaredShiftJisAreAnError() throws Exception {
        byte[] good = "注文番号,注文日時,会員ID,合計金額\r\n9001,2022/11/01,M1,1000\r\n9002,2022/11/02,".getBytes(WINDOWS_31J);
        Path file = writeBytes("orders.csv", good, new byte[] {(byte) 0x81, 0x20}, "M2,1000\r\n".getBytes(WINDOWS_31J));
        ImportFailed failed = failsAndChangesNothing(DEFAULTS.encoding(Encodings.WINDOWS_31J), file);
        assertThat(failed.errors()).extracting(ImportError::toString)
                .containsExactly("orders.csv:3: bytes that are not valid Shift_JIS (Windows-31J)"
                        + " (is the file in another encoding? use --encoding)");
    }

    @Test
    void shiftJisHeadersInAFileDeclaredUtf8AreAnEncodingError() throws Exception {
        Path file = write("orders.csv", WINDOWS_31J, "注文番号,注文日時,会員ID,合計金額\r\n9001,2022/11/01,M1,1000\r\n");
        ImportFailed failed = failsAndChangesNothing(DEFAULTS.encoding(StandardCharsets.UTF_8), file);
        assertThat(failed.errors()).extracting(ImportError::toString).containsExactly(
                "orders.csv:1: bytes that are not valid UTF-8 (is the file in another encoding? use --encoding)");
    }

    @Test
    void shiftJisDataInAFileDeclaredUtf8IsAnError() throws Exception {
        Path file = write("orders.csv", WINDOWS_31J, "order_id,date,customer_id,amount\r\n1,2022-11-01,C1,100\r\n"
                + "2,2022-11-02,髙橋,100\r\n");
        ImportFailed failed = failsAndChangesNothing(DEFAULTS.encoding(StandardCharsets.UTF_8), file);
        assertThat(failed.errors()).extracting(ImportError::toString).containsExactly(
                "orders.csv:3: bytes that are not valid UTF-8 (is the file in another encoding? use --encoding)");
    }

    @Test
    void anEmptyFileIsAnError() throws Exception {
        ImportFailed failed = failsAndChangesNothing(writeBytes("orders.csv", new byte[0]));
        assertThat(failed.errors()).extracting(ImportError::toString)
                .containsExactly("orders.csv:1: the file is empty: expected a header line with column names");
    }

    @Test
    void aFileThatDoesNotExistIsAnError() throws Exception {
        ImportFailed failed = failsAndChangesNothing(dir.resolve("nowhere.csv"));
        assertThat(failed.errors()).hasSize(1);
        assertThat(failed.errors().get(0).toString()).startsWith("nowhere.csv: no such file: ");
    }

    @Test
    void whenOnlyTheSecondFileIsBrokenNothingIsImported() throws Exception {
        Path good = write("good.csv", StandardCharsets.UTF_8, """
                注文番号,注文日時,会員ID,合計金額
                9001,2022/11/01 10:00,M1,1000
                """);
        Path bad = write("orders.csv", StandardCharsets.UTF_8, """
                注文番号,注文日時,会員ID,合計金額
                9002,2022/13/45,M2,1000
                """);
        ImportFailed failed = failsAndChangesNothing(DEFAULTS, good, bad);
        assertThat(failed.errors()).extracting(ImportError::toString)
                .containsExactly("orders.csv:2: 注文日時: cannot read \"2022/13/45\" as a date");
    }

    @Test
    void aSecondFileWithBadCsvAlsoRollsBackTheFirst() throws Exception {
        Path customers = write("customers.csv", StandardCharsets.UTF_8, "顧客ID,氏名\nNEW1,新規 太郎\n");
        Path bad = write("orders.csv", StandardCharsets.UTF_8, "注文番号,注文日時,会員ID,合計金額\n9002,2022/11/02,M2\n");
        failsAndChangesNothing(DEFAULTS, customers, bad);
    }

    @Test
    void linesOfOneOrderThatDisagreeAreErrors() throws Exception {
        ImportFailed failed = failsAndChangesNothing(write("orders.csv", StandardCharsets.UTF_8, """
                order_id,date,customer_id,amount
                1,2022-11-01,C1,100
                1,2022-11-02,C1,100
                2,2022-11-01,C1,100
                2,2022-11-01,C2,100
                ,2022-11-01,C3,5
                """));
        assertThat(failed.errors()).extracting(ImportError::toString).containsExactly(
                "orders.csv:2: date: order 1 has lines on different dates, 2022-11-01 and 2022-11-02",
                "orders.csv:4: customer_id: order 2 names different customers: C1, C2",
                "orders.csv:6: order_id: empty: every line needs an order id");
    }

    @Test
    void listsTheFirstTwentyErrorsAndCountsAll() throws Exception {
        StringBuilder text = new StringBuilder("注文番号,注文日時,会員ID,合計金額\n");
        for (int i = 1; i <= 25; i++) {
            text.append(9000 + i).append(",2022/13/").append(i).append(",M").append(i).append(",x").append(i).append('\n');
        }
        ImportFailed failed = failsAndChangesNothing(write("orders.csv", StandardCharsets.UTF_8, text.toString()));
        assertThat(failed.total()).isEqualTo(50);
        assertThat(failed.errors()).hasSize(20);
        assertThat(failed.errors().get(0).toString()).isEqualTo("orders.csv:2: 合計金額: cannot read \"x1\" as an amount");
        assertThat(failed.errors().get(1).toString()).isEqualTo("orders.csv:2: 注文日時: cannot read \"2022/13/1\" as a date");
        assertThat(failed.errors()).extracting(ImportError::line).isSorted();
        assertThat(failed.getMessage()).startsWith("50 errors, nothing was imported:").endsWith("… and 30 more");
    }

    // ---- dry run

    @Test
    void aDryRunReportsTheSameCountsAndWritesNothing() throws Exception {
        seed();
        List<String> before = dump();
        Path file = write("orders.csv", StandardCharsets.UTF_8, """
                注文番号,注文日時,会員ID,商品コード,数量,単価
                1001,2022/11/01 10:00,M1,P1,1,999
                2001,2022/12/01 10:00,,P1,1,1000
                2001,2022/12/01 10:00,,P2,1,1000
                """);
        ImportReport dry = run(DEFAULTS.dryRun(true), file);
        assertThat(dump()).isEqualTo(before);
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.importId()).isZero();

        ImportReport real = run(DEFAULTS, file);
        assertThat(dry.kinds()).isEqualTo(real.kinds());
        assertThat(orders(dry).replaced()).isEqualTo(1);
        assertThat(orders(dry).ordersWithoutCustomer()).isEqualTo(1);
        assertThat(dry.files()).isEqualTo(real.files());
        assertThat(dump()).isNotEqualTo(before);
    }

    // ---- customers and products masters

    @Test
    void importsACustomersMasterWithJapaneseHeaders() throws Exception {
        Path file = write("customers.csv", WINDOWS_31J, """
                顧客ID,氏名,メールアドレス,電話番号,郵便番号,都道府県,住所,LINEユーザーID,メルマガ,LINE配信,DM送付可否,電話連絡可否,紹介者ID\r
                C001,髙橋 一郎,Ichiro@Example.jp,090-1111-2222,100-0001,東京都,千代田区1-1,U123,可,1,不可,0,\r
                C002,山﨑 花子,hanako@example.jp,,530-0001,大阪府,北区2-2,,不可,0,可,1,C001\r
                C003,㈱ハコ商事,,,,,,,,,,,C001\r
                """);
        ImportReport report = run(file);

        assertThat(report.files().get(0).kind()).isEqualTo(ImportKind.CUSTOMERS);
        var summary = (ImportReport.MasterSummary) report.kinds().get(0);
        assertThat(summary.records()).isEqualTo(3);
        assertThat(rows("SELECT customer_id, email, name, phone, postal_code, address, line_user_id, consent_email,"
                + " consent_line, consent_dm, consent_phone, referred_by FROM customers ORDER BY customer_id"))
                .containsExactly(
                        "C001|ichiro@example.jp|髙橋 一郎|090-1111-2222|100-0001|東京都 千代田区1-1|U123|true|true|false|false|null",
                        "C002|hanako@example.jp|山﨑 花子|null|530-0001|大阪府 北区2-2|null|false|false|true|true|C001",
                        "C003|null|㈱ハコ商事|null|null|null|null|null|null|null|null|C001");
    }

    @Test
    void reimportingCustomersWithFewerColumnsKeepsTheOthers() throws Exception {
        run(write("customers.csv", StandardCharsets.UTF_8, """
                顧客ID,氏名,メールアドレス,電話番号,メルマガ,DM送付可否,紹介者ID
                C001,髙橋 一郎,ichiro@example.jp,090-1111-2222,可,可,
                C002,山﨑 花子,hanako@example.jp,,不可,可,C001
                """));
        ImportReport report = run(DEFAULTS.kind(ImportKind.CUSTOMERS), write("consents.csv", StandardCharsets.UTF_8, """
                顧客ID,メルマガ
                C001,不可
                C003,1
                """));
        var summary = (ImportReport.MasterSummary) report.kinds().get(0);
        assertThat(summary.records()).isEqualTo(2);
        assertThat(summary.replaced()).isEqualTo(1);
        assertThat(rows("SELECT customer_id, name, email, phone, consent_email, consent_dm, referred_by FROM customers"
                + " ORDER BY customer_id")).containsExactly(
                "C001|髙橋 一郎|ichiro@example.jp|090-1111-2222|false|true|null",
                "C002|山﨑 花子|hanako@example.jp|null|false|true|C001",
                "C003|null|null|null|true|null|null");
    }

    @Test
    void anUnreadableConsentIsAnError() throws Exception {
        ImportFailed failed = failsAndChangesNothing(write("customers.csv", StandardCharsets.UTF_8, """
                顧客ID,氏名,メルマガ
                C009,誰か,たぶん
                """));
        assertThat(failed.errors()).extracting(ImportError::toString)
                .containsExactly("customers.csv:2: メルマガ: cannot read \"たぶん\" as yes or no");
    }

    @Test
    void importsAProductsMaster() throws Exception {
        Path file = write("products.csv", StandardCharsets.UTF_8, """
                商品コード,商品名,カテゴリ,販売価格,利用サイクル日数
                P1,緑茶 100g,お茶,"￥1,000",30
                P2,湯呑み,器,500,
                P3,サプリ 定期,健康,"3,980円",０
                """);
        ImportReport report = run(file);

        assertThat(report.files().get(0).kind()).isEqualTo(ImportKind.PRODUCTS);
        assertThat(rows("SELECT product_code, name, category, price, cycle_days FROM products ORDER BY product_code"))
                .containsExactly("P1|緑茶 100g|お茶|1000.00|30", "P2|湯呑み|器|500.00|null", "P3|サプリ 定期|健康|3980.00|null");
    }

    @Test
    void aForcedKindOverridesRecognition() throws Exception {
        Path file = write("list.csv", StandardCharsets.UTF_8, "SKU,Price\nP9,100\n");
        ImportReport report = run(DEFAULTS.kind(ImportKind.PRODUCTS), file);
        assertThat(report.files().get(0).kind()).isEqualTo(ImportKind.PRODUCTS);
        assertThat(rows("SELECT product_code, price FROM products")).containsExactly("P9|100.00");
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

    @Test
    void aLineWithAPriceButNoQuantityIsAnErrorNotAZero() throws Exception {
        ImportFailed failed = failsAndChangesNothing(write("orders.csv", StandardCharsets.UTF_8, """
                注文番号,注文日時,会員ID,数量,単価
                1,2022/11/01,C1,2,1000
                1,2022/11/01,C1,,500
                """));
        assertThat(failed.errors()).extracting(ImportError::toString).containsExactly(
                "orders.csv:3: 数量: empty: the line has a unit price but no quantity, so its amount is unknown");
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

    @Test
    void aCustomersListWithNameAndCreatedAtIsNotTakenForOrders() throws Exception {
        Path file = write("list.csv", StandardCharsets.UTF_8, """
                Customer ID,Name,Email,Created at,Total
                C1,山田 太郎,taro@example.jp,2022-11-01,5000
                """);
        ImportFailed failed = failsAndChangesNothing(file);
        assertThat(failed.errors().get(0).message()).contains("cannot tell whether this file holds orders", "--kind");
        run(DEFAULTS.kind(ImportKind.CUSTOMERS), file);
        assertThat(rows("SELECT customer_id, name, email FROM customers WHERE customer_id = 'C1'"))
                .containsExactly("C1|山田 太郎|taro@example.jp");
    }

    @Test
    void aMappingNoFileCanUseIsAnError() throws Exception {
        ImportFailed failed = failsAndChangesNothing(DEFAULTS.mapping(Map.of(Field.EMAIL, "注文番号")),
                write("orders.csv", StandardCharsets.UTF_8, ORDERS));
        assertThat(failed.errors()).extracting(ImportError::toString).containsExactly(
                "--map email=注文番号: email is a column of customers files, and no file of this import is one");
    }

    @Test
    void twoColumnsThatCouldBeTheSameFieldAreAnErrorNamingBoth() throws Exception {
        ImportFailed failed = failsAndChangesNothing(write("orders.csv", StandardCharsets.UTF_8, """
                注文番号,注文日時,会員ID,金額(税込),金額(税抜)
                1,2022/11/01,C1,1100,1000
                """));
        assertThat(failed.errors().get(0).message()).isEqualTo("columns \"金額(税込)\" (column 4) and \"金額(税抜)\""
                + " (column 5) could each be amount: name the one to use with --map amount=<column>");
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
    void aCsvSyntaxErrorNamesTheLineAnEditorShows() throws Exception {
        ImportFailed failed = failsAndChangesNothing(write("orders.csv", StandardCharsets.UTF_8,
                "注文番号,注文日時,会員ID,合計金額\n1,2022/11/01,C1,\"1\n000\"\n2,2022/11/02,C2,1000,extra\n"));
        assertThat(failed.errors()).extracting(ImportError::toString)
                .containsExactly("orders.csv:4: expected 4 columns as in the header, found 5");
    }

    // ---- helpers

    private ImportReport run(Path... files) throws Exception {
        return run(DEFAULTS, files);
    }

    private ImportReport run(ImportOptions options, Path... files) throws Exception {
        return new Importer(db, options).run(List.of(files), ImportProgress.NONE);
    }

    private static ImportReport.OrdersSummary orders(ImportReport report) {
        return (ImportReport.OrdersSummary) report.kinds().stream()
                .filter(k -> k.kind() == ImportKind.ORDERS).findFirst().orElseThrow();
    }

    private ImportFailed failsAndChangesNothing(Path file) throws Exception {
        return failsAndChangesNothing(DEFAULTS, file);
    }

    /** Seeds the database, runs a broken import and checks that every table is exactly as before. */
    private ImportFailed failsAndChangesNothing(ImportOptions options, Path... files) throws Exception {
        seed();
        List<String> before = dump();
        ImportFailed failed = catchThrowableOfType(() -> run(options, files), ImportFailed.class);
        assertThat(failed).as("the import fails").isNotNull();
        assertThat(dump()).isEqualTo(before);
        assertThat(failed.errors()).allSatisfy(e -> assertThat(e.message()).isNotBlank());
        return failed;
    }

    private void seed() throws Exception {
        run(write("seed_orders.csv", StandardCharsets.UTF_8, ORDERS));
        run(write("seed_customers.csv", StandardCharsets.UTF_8, "顧客ID,氏名,メルマガ\nM1,髙橋 一郎,可\nM2,山﨑 花子,不可\n"));
        run(write("seed_products.csv", StandardCharsets.UTF_8, "商品コード,商品名,利用サイクル日数\nP1,緑茶,30\n"));
    }

    private List<String> dump() throws SQLException {
        return dump("orders", "order_lines", "customers", "products", "imports");
    }

    private List<String> dump(String... tables) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String table : tables) {
            rows.add("-- " + table);
            rows.addAll(rows("SELECT * FROM " + table + " ORDER BY ALL"));
        }
        return rows;
    }

    /** Every order and line, without the import id that a re-import changes. */
    private List<String> ordersAndLines() throws SQLException {
        List<String> rows = new ArrayList<>(rows("SELECT * EXCLUDE (import_id) FROM orders ORDER BY ALL"));
        rows.addAll(rows("SELECT * FROM order_lines ORDER BY ALL"));
        return rows;
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringJoiner row = new StringJoiner("|");
                for (int i = 1; i <= n; i++) {
                    Object v = r.getObject(i);
                    row.add(v instanceof java.sql.Timestamp t ? t.toLocalDateTime().toString() : String.valueOf(v));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private long count(String sql) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql); ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private Path write(String name, Charset charset, String text) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }

    private Path writeBytes(String name, byte[]... parts) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return Files.write(dir.resolve(name), out.toByteArray());
    }
}
