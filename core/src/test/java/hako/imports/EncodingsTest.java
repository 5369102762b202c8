package hako.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How an export's encoding is told: UTF-8 with or without BOM, else Shift_JIS read as Windows-31J. */
class EncodingsTest {

    static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static final String JAPANESE = """
            受注番号,注文日,顧客ID,氏名,商品名,数量,単価\r
            A-1,2022/11/30,C001,髙橋 一郎,①お試しセット,1,"￥1,234"\r
            A-2,2022/12/01,C002,山﨑 花子,定期便,2,980\r
            A-3,2022/12/02,C003,㈱ハコ商事,ギフト,1,5000\r
            """;

    @TempDir
    Path dir;

    @Test
    void detectsUtf8() {
        assertThat(detect(JAPANESE.getBytes(StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void detectsUtf8WithBom() {
        assertThat(detect(concat(BOM, JAPANESE.getBytes(StandardCharsets.UTF_8)))).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void plainAsciiIsUtf8() {
        assertThat(detect("order_id,date,amount\r\n1,2022-11-30,100\r\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf8SampleCutInTheMiddleOfACharacterIsStillUtf8() {
        byte[] bytes = "顧客ID,氏名\n1,髙橋".getBytes(StandardCharsets.UTF_8);
        for (int cut = 1; cut <= 3; cut++) {
            assertThat(Encodings.detect(bytes, bytes.length - cut)).isEqualTo(StandardCharsets.UTF_8);
        }
    }

    @Test
    void detectsShiftJisWithJapaneseHeadersAsWindows31j() {
        assertThat(detect(JAPANESE.getBytes(WINDOWS_31J))).isEqualTo(Encodings.WINDOWS_31J);
    }

    @Test
    void detectsShiftJisFromAHeaderLineAlone() {
        assertThat(detect("受注番号,注文日時,会員ID,合計金額\r\n".getBytes(WINDOWS_31J))).isEqualTo(Encodings.WINDOWS_31J);
    }

    @ParameterizedTest(name = "English headers, one name {0}")
    @ValueSource(strings = {"東京", "髙橋", "山﨑", "①", "㈱ハコ", "ｶﾀｶﾅ"})
    void detectsShiftJisWithEnglishHeadersAndFewJapaneseCharacters(String name) {
        byte[] bytes = ("order_id,date,customer,name,amount\r\n1,2022-11-30,C1," + name + ",100\r\n").getBytes(WINDOWS_31J);
        assertThat(detect(bytes)).isEqualTo(Encodings.WINDOWS_31J);
    }

    @Test
    void readsWindows31jCharactersThatPlainShiftJisLacks() throws Exception {
        Path file = write("sjis.csv", JAPANESE.getBytes(WINDOWS_31J));
        CsvFile csv = CsvFile.open(file, null);
        assertThat(csv.encodingLabel()).isEqualTo("Shift_JIS (Windows-31J)");
        assertThat(csv.headers()).containsExactly("受注番号", "注文日", "顧客ID", "氏名", "商品名", "数量", "単価");

        Path utf8 = Transcoder.toUtf8(csv, dir, ImportProgress.NONE);
        assertThat(Files.readString(utf8, StandardCharsets.UTF_8)).isEqualTo(JAPANESE)
                .contains("髙橋", "山﨑", "①", "㈱", "￥1,234");
    }

    @Test
    void headersOfAUtf8FileWithBomDoNotStartWithTheBom() throws Exception {
        Path file = write("bom.csv", concat(BOM, JAPANESE.getBytes(StandardCharsets.UTF_8)));
        CsvFile csv = CsvFile.open(file, null);
        assertThat(csv.isUtf8()).isTrue();
        assertThat(csv.headers().get(0)).isEqualTo("受注番号");
    }

    @Test
    void anExplicitEncodingOverridesDetection() throws Exception {
        Path file = write("forced.csv", "order_id,date,amount\n1,2022-11-30,100\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(CsvFile.open(file, null).isUtf8()).isTrue();
        assertThat(CsvFile.open(file, Encodings.WINDOWS_31J).charset()).isEqualTo(Encodings.WINDOWS_31J);
    }

    @Test
    void headersThatDoNotDecodeInTheEncodingAskedForAreAnError() throws Exception {
        Path file = write("forced.csv", JAPANESE.getBytes(WINDOWS_31J));
        assertThatThrownBy(() -> CsvFile.open(file, StandardCharsets.UTF_8))
                .isInstanceOf(ImportFailed.class)
                .hasMessageContaining("forced.csv:1: bytes that are not valid UTF-8 (is the file in another encoding?");
    }

    @Test
    void bytesInvalidForTheEncodingAreAnErrorNamingTheLine() throws Exception {
        byte[] bad = concat("受注番号,注文日\r\nA-1,2022/11/30\r\n".getBytes(WINDOWS_31J), new byte[] {(byte) 0x81, 0x20});
        Path file = write("broken.csv", concat(bad, "\r\n".getBytes(StandardCharsets.US_ASCII)));
        CsvFile csv = CsvFile.open(file, Encodings.WINDOWS_31J);
        assertThatThrownBy(() -> Transcoder.toUtf8(csv, dir, ImportProgress.NONE))
                .isInstanceOf(ImportFailed.class)
                .hasMessageContaining("broken.csv:3: bytes that are not valid Shift_JIS (Windows-31J)");
    }

    @ParameterizedTest(name = "--encoding {0}")
    @ValueSource(strings = {"sjis", "Shift_JIS", "shift-jis", "cp932", "MS932", "windows-31j"})
    void namesOfShiftJisMeanWindows31j(String name) {
        assertThat(Encodings.named(name)).isEqualTo(Encodings.WINDOWS_31J);
    }

    @Test
    void namesUtf8() {
        assertThat(Encodings.named("utf-8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Encodings.named("UTF_8")).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownEncodingNameIsAClearError() {
        assertThatThrownBy(() -> Encodings.named("klingon"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown encoding \"klingon\"");
    }

    private static Charset detect(byte[] bytes) {
        return Encodings.detect(bytes, bytes.length);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
