package hako.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The SQL macros every import and --as-of read amounts, dates and yes/no flags with (macros.sql). */
class ParsingMacrosTest {

    static Connection db;

    @BeforeAll
    static void open() throws SQLException {
        db = ShopDatabase.inMemory();
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1234          | 1234
            1,234         | 1234
            ￥1,234       | 1234
            ¥1,234        | 1234
            # the Shift_JIS yen sign (byte 0x5C) as Windows-31J decodes it
            \\1,234        | 1234
            1,234円       | 1234
            $12.50        | 12.50
            -1,234        | -1234
            ▲1,234        | -1234
            ▲ 500円       | -500
            (1,234)       | -1234
            ￥-1,234      | -1234
            １，２３４    | 1234
            ￥１２，３４５ | 12345
            ３４５円      | 345
            .5            | 0.5
            ' 1,234 '     | 1234
            1234.567      | 1234.567
            """)
    void readsAmounts(String text, BigDecimal expected) throws SQLException {
        assertThat(one("SELECT hako_amount(?)", text, BigDecimal.class)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is not an amount")
    @ValueSource(strings = {"abc", "12abc", "1,2,3x", "￥", "円", "1.2.3", "--5", "(100", "100)", "-(100)", "▲-5", "¥-¥5"})
    void unreadableAmountsAreNull(String text) throws SQLException {
        assertThat(one("SELECT hako_amount(?)", text, BigDecimal.class)).isNull();
    }

    @Test
    void emptyAmountIsNull() throws SQLException {
        assertThat(one("SELECT hako_amount(?)", "", BigDecimal.class)).isNull();
        assertThat(one("SELECT hako_amount(?)", "   ", BigDecimal.class)).isNull();
        assertThat(one("SELECT hako_amount(?)", null, BigDecimal.class)).isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-11-30                | 2022-11-30T00:00
            2022/11/30                | 2022-11-30T00:00
            2022/11/30 12:34          | 2022-11-30T12:34
            2022/11/30 12:34:56       | 2022-11-30T12:34:56
            2022-11-30 12:34:56       | 2022-11-30T12:34:56
            2022-11-30 12:34          | 2022-11-30T12:34
            2022/1/5                  | 2022-01-05T00:00
            2022-11-30T12:34:56       | 2022-11-30T12:34:56
            2022年11月30日            | 2022-11-30T00:00
            2022年1月5日              | 2022-01-05T00:00
            2022年11月30日 12時34分   | 2022-11-30T12:34
            2022年11月30日 12時34分56秒 | 2022-11-30T12:34:56
            2022年11月30日 12:34      | 2022-11-30T12:34
            11/30/2022 8:26           | 2022-11-30T08:26
            12/1/2010 8:26            | 2010-12-01T08:26
            11/30/2022                | 2022-11-30T00:00
            20221130                  | 2022-11-30T00:00
            ２０２２／１１／３０      | 2022-11-30T00:00
            ２０２２年１１月３０日    | 2022-11-30T00:00
            ' 2022-11-30 '            | 2022-11-30T00:00
            """)
    void readsGregorianDates(String text, LocalDateTime expected) throws SQLException {
        assertThat(timestamp(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            R4.11.30              | 2022-11-30T00:00
            r4.11.30              | 2022-11-30T00:00
            R4/11/30              | 2022-11-30T00:00
            R4-11-30              | 2022-11-30T00:00
            R04.11.30             | 2022-11-30T00:00
            令和4年11月30日       | 2022-11-30T00:00
            令和４年１１月３０日  | 2022-11-30T00:00
            令和元年5月1日        | 2019-05-01T00:00
            R元.5.1               | 2019-05-01T00:00
            H31.4.30              | 2019-04-30T00:00
            平成31年4月30日       | 2019-04-30T00:00
            平成元年1月8日        | 1989-01-08T00:00
            H1.1.8                | 1989-01-08T00:00
            S64.1.7               | 1989-01-07T00:00
            昭和63年12月31日      | 1988-12-31T00:00
            令和4年11月30日 12:34 | 2022-11-30T12:34
            令和4年11月30日 12時34分 | 2022-11-30T12:34
            R4.11.30 12:34:56     | 2022-11-30T12:34:56
            """)
    void readsJapaneseEraDates(String text, LocalDateTime expected) throws SQLException {
        assertThat(timestamp(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1} in Tokyo")
    @CsvSource(delimiter = '|', textBlock = """
            2022-11-30T12:34:56+00:00  | 2022-11-30T21:34:56
            2022-11-30T12:34:56Z       | 2022-11-30T21:34:56
            2022-11-30 12:34:56 +0000  | 2022-11-30T21:34:56
            2022-11-30 12:34:56 +09:00 | 2022-11-30T12:34:56
            2022-11-30T20:00:00-05:00  | 2022-12-01T10:00
            2022-11-30T12:34:56.789Z   | 2022-11-30T21:34:56.789
            2022-11-30 12:34 +0100     | 2022-11-30T20:34
            """)
    void convertsTimestampsWithAnOffsetToTheShopZone(String text, LocalDateTime expected) throws SQLException {
        assertThat(timestamp(text)).isEqualTo(expected);
    }

    @Test
    void convertsOffsetsToTheZoneAsked() throws SQLException {
        try (PreparedStatement p = db.prepareStatement("SELECT hako_timestamp(?, 'Europe/London')")) {
            p.setString(1, "2022-07-01T12:00:00+09:00");
            try (ResultSet r = p.executeQuery()) {
                r.next();
                assertThat(r.getObject(1, LocalDateTime.class)).isEqualTo(LocalDateTime.of(2022, 7, 1, 4, 0));
            }
        }
    }

    @ParameterizedTest(name = "\"{0}\" is not a date")
    @ValueSource(strings = {"2022/13/45", "2022-02-30", "abc", "12abc", "2022年13月1日", "R4.13.1", "X4.11.30", "H34.1.1", "平成32年1月1日", "S65.1.1", "R0.5.1",
        "13/45/2022", "2022113", "yesterday", "2022-11-30 25:00"})
    void unreadableDatesAreNull(String text) throws SQLException {
        assertThat(timestamp(text)).isNull();
    }

    @Test
    void emptyDateIsNull() throws SQLException {
        assertThat(timestamp("")).isNull();
        assertThat(timestamp(" ")).isNull();
        assertThat(timestamp(null)).isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1           | true
            0           | false
            yes         | true
            No          | false
            TRUE        | true
            false       | false
            Y           | true
            n           | false
            subscribed  | true
            unsubscribed| false
            opt-in      | true
            可          | true
            不可        | false
            許可        | true
            拒否        | false
            同意する    | true
            希望する    | true
            希望しない  | false
            受け取る    | true
            受け取らない | false
            はい        | true
            いいえ      | false
            あり        | true
            なし        | false
            ○           | true
            ×           | false
            １          | true
            ０          | false
            ' yes '     | true
            """)
    void readsYesNoFlags(String text, boolean expected) throws SQLException {
        assertThat(one("SELECT hako_flag(?)", text, Boolean.class)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is neither yes nor no")
    @ValueSource(strings = {"maybe", "2", "abc", "未定"})
    void unknownFlagWordsAreNull(String text) throws SQLException {
        assertThat(one("SELECT hako_flag(?)", text, Boolean.class)).isNull();
    }

    @Test
    void emptyFlagIsNull() throws SQLException {
        assertThat(one("SELECT hako_flag(?)", "", Boolean.class)).isNull();
        assertThat(one("SELECT hako_flag(?)", null, Boolean.class)).isNull();
    }

    @ParameterizedTest(name = "status \"{0}\" cancelled: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            paid               | false
            pending            | false
            authorized         | false
            partially_refunded | false
            partially_paid     | false
            refunded           | true
            voided             | true
            cancelled          | true
            Canceled           | true
            キャンセル         | true
            キャンセル済み     | true
            取消               | true
            返品               | true
            返金済             | true
            一部返金済         | false
            発送済み           | false
            入金待ち           | false
            キャンセル不可商品 | false
            返品なし           | false
            通常               | false
            ''                 | false
            """)
    void tellsCancelledStatuses(String status, boolean cancelled) throws SQLException {
        assertThat(one("SELECT hako_cancel_status(?)", status, Boolean.class)).isEqualTo(cancelled);
    }

    @Test
    void missingStatusIsNotCancelled() throws SQLException {
        assertThat(one("SELECT hako_cancel_status(?)", null, Boolean.class)).isFalse();
    }

    @ParameterizedTest(name = "cancelled column \"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                        | false
            0                         | false
            なし                      | false
            1                         | true
            キャンセル                | true
            2022-11-30T12:00:00+09:00 | true
            2022/11/30                | true
            """)
    void tellsCancelledMarks(String mark, boolean cancelled) throws SQLException {
        assertThat(one("SELECT hako_cancel_mark(?)", mark, Boolean.class)).isEqualTo(cancelled);
    }

    @ParameterizedTest(name = "cancelled column \"{0}\" cannot be read")
    @ValueSource(strings = {"0000-00-00 00:00:00", "通常", "maybe"})
    void unreadableCancelledMarksAreNull(String mark) throws SQLException {
        assertThat(one("SELECT hako_cancel_mark(?)", mark, Boolean.class)).isNull();
    }

    private static LocalDateTime timestamp(String text) throws SQLException {
        return one("SELECT hako_timestamp(?, 'Asia/Tokyo')", text, LocalDateTime.class);
    }

    private static <T> T one(String sql, String text, Class<T> type) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            p.setString(1, text);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getObject(1, type);
            }
        }
    }
}
