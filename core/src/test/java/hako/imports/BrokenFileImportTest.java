package hako.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A broken export fails the whole import and leaves the database as it was, with errors that name the
 * file, the line an editor shows and the column.
 */
class BrokenFileImportTest extends ImportFixture {

    // ---- values

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

    // ---- CSV shape

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
    void aCsvSyntaxErrorNamesTheLineAnEditorShows() throws Exception {
        ImportFailed failed = failsAndChangesNothing(write("orders.csv", StandardCharsets.UTF_8,
                "注文番号,注文日時,会員ID,合計金額\n1,2022/11/01,C1,\"1\n000\"\n2,2022/11/02,C2,1000,extra\n"));
        assertThat(failed.errors()).extracting(ImportError::toString)
                .containsExactly("orders.csv:4: expected 4 columns as in the header, found 5");
    }

    @Test
    void anEmptyFileIsAnError() throws Exception {
        ImportFailed failed = failsAndChangesNothing(writeBytes("orders.csv", new byte[0]));
        assertThat(failed.errors()).extracting(ImportError::toString)
                .containsExactly("orders.csv:1: the file is empty: expected a header line with column names");
    }

    // ---- columns

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
    void twoColumnsThatCouldBeTheSameFieldAreAnErrorNamingBoth() throws Exception {
        ImportFailed failed = failsAndChangesNothing(write("orders.csv", StandardCharsets.UTF_8, """
                注文番号,注文日時,会員ID,金額(税込),金額(税抜)
                1,2022/11/01,C1,1100,1000
                """));
        assertThat(failed.errors().get(0).message()).isEqualTo("columns \"金額(税込)\" (column 4) and \"金額(税抜)\""
                + " (column 5) could each be amount: name the one to use with --map amount=<column>");
    }

    @Test
    void aMappingNoFileCanUseIsAnError() throws Exception {
        ImportFailed failed = failsAndChangesNothing(DEFAULTS.mapping(Map.of(Field.EMAIL, "注文番号")),
                write("orders.csv", StandardCharsets.UTF_8, ORDERS));
        assertThat(failed.errors()).extracting(ImportError::toString).containsExactly(
                "--map email=注文番号: email is a column of customers files, and no file of this import is one");
    }

    // ---- encodings

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

    // ---- files

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
}
