package hako.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportPreviewTest extends ImportFixture {

    static final String SJIS_ORDERS = """
            受注番号,注文日時,会員ID,商品コード,数量,単価
            A1,2022/11/01 10:00,M1,P1,2,1000
            A2,2022/11/02 11:00,M2,P1,1,1000
            """;

    @Test
    void showsTheDetectedEncodingKindMappingAndRowCount() throws Exception {
        Path file = write("upload-1.csv", WINDOWS_31J, SJIS_ORDERS);

        ImportPreview preview = ImportPreview.of(file, FileChoices.named("受注.csv"));

        assertThat(preview.file()).isEqualTo("受注.csv");
        assertThat(preview.kind()).isEqualTo(ImportKind.ORDERS);
        assertThat(preview.encoding()).contains("Shift_JIS");
        assertThat(preview.delimiter()).isEqualTo(',');
        assertThat(preview.headers()).containsExactly("受注番号", "注文日時", "会員ID", "商品コード", "数量", "単価");
        assertThat(preview.mapping()).containsEntry(Field.ORDER_ID, "受注番号")
                .containsEntry(Field.ORDERED_AT, "注文日時").containsEntry(Field.CUSTOMER_ID, "会員ID")
                .containsEntry(Field.UNIT_PRICE, "単価").doesNotContainKey(Field.AMOUNT);
        assertThat(preview.missing()).isEmpty();
        assertThat(preview.rows()).isEqualTo(2);
        assertThat(preview.example()).containsEntry("受注番号", "A1").containsEntry("注文日時", "2022/11/01 10:00");
    }

    @Test
    void countsAQuotedFieldSpanningLinesAsOneRow() throws Exception {
        Path file = write("c.csv", StandardCharsets.UTF_8, "顧客ID,住所\nM1,\"東京都\n千代田区\"\n\nM2,大阪府\n");

        assertThat(ImportPreview.of(file, FileChoices.named("c.csv")).rows()).isEqualTo(2);
    }

    @Test
    void namesTheRequiredFieldsNoHeaderWasFoundFor() throws Exception {
        Path file = write("o.csv", StandardCharsets.UTF_8, "注文番号,注文日時,数量\n1,2022/11/01,1\n");

        ImportPreview preview = ImportPreview.of(file, new FileChoices("o.csv", null, ImportKind.ORDERS, null));

        assertThat(preview.missing()).contains("customer_id", "amount (or line_amount, or unit_price)");
    }

    @Test
    void leavesTheKindOpenWhenTheHeadersDoNotTell() throws Exception {
        Path file = write("x.csv", StandardCharsets.UTF_8, "foo,bar\n1,2\n");

        ImportPreview preview = ImportPreview.of(file, FileChoices.named("x.csv"));

        assertThat(preview.kind()).isNull();
        assertThat(preview.mapping()).isEmpty();
    }

    @Test
    void importsWithExactlyTheConfirmedMappingAndReportsTheGivenName() throws Exception {
        Path file = write("upload-1.csv", StandardCharsets.UTF_8,
                "注文番号,日付,会員ID,合計,単価\n1,2022/11/01,M1,3000,1000\n");
        Map<Field, String> chosen = Map.of(Field.ORDER_ID, "注文番号", Field.ORDERED_AT, "日付",
                Field.CUSTOMER_ID, "会員ID", Field.AMOUNT, "合計");

        run(DEFAULTS.file(file, new FileChoices("受注.csv", null, ImportKind.ORDERS, chosen)), file);

        assertThat(rows("SELECT order_id, amount FROM orders")).containsExactly("1|3000.00");
        assertThat(rows("SELECT files FROM imports")).containsExactly("受注.csv");
    }

    @Test
    void errorsNameTheFileByItsGivenName() throws Exception {
        Path file = write("upload-1.csv", StandardCharsets.UTF_8,
                "注文番号,注文日時,会員ID,金額\n1,2022/11/01,M1,100\n2,2022/13/45,M2,100\n");

        ImportFailed failed = failsAndChangesNothing(DEFAULTS.file(file, FileChoices.named("受注.csv")), file);

        assertThat(failed.errors()).first().satisfies(e -> {
            assertThat(e.file()).isEqualTo("受注.csv");
            assertThat(e.line()).isEqualTo(3);
        });
    }

    @Test
    void refusesAConfirmedHeaderTheFileDoesNotHave() throws Exception {
        Path file = write("upload-1.csv", StandardCharsets.UTF_8, "注文番号,注文日時,会員ID,金額\n1,2022/11/01,M1,100\n");
        FileChoices tampered = new FileChoices("受注.csv", null, ImportKind.ORDERS,
                Map.of(Field.ORDER_ID, "注文番号", Field.ORDERED_AT, "注文日時", Field.CUSTOMER_ID, "顧客", Field.AMOUNT, "金額"));

        ImportFailed failed = catchThrowableOfType(() -> run(DEFAULTS.file(file, tampered), file), ImportFailed.class);

        assertThat(failed.errors()).first().satisfies(e -> assertThat(e.message()).contains("顧客"));
    }
}
