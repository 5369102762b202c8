package hako.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every message the importer words in English reads in Japanese on a Japanese page, and as it is in English. */
class ErrorWordingTest {

    /** The importer's messages as core words them (SQL and Java), with what a Japanese page shows. */
    private static final Map<String, String> JAPANESE = Map.ofEntries(
            Map.entry("cannot read \"2022/13/45\" as a date", "「2022/13/45」を日付として読めません"),
            Map.entry("cannot read \"abc\" as an amount", "「abc」を金額として読めません"),
            Map.entry("\"11\" is not a score: a whole number from 0 to 10", "「11」は評価として読めません。0〜10 の整数にしてください"),
            Map.entry("empty: every answer needs a customer id (or an email address)",
                    "顧客IDが空です。すべての回答に顧客ID（またはメールアドレス）が必要です"),
            Map.entry("cannot read \"13月\" as a month; write it as 2022-11, 2022/11 or 2022年11月",
                    "「13月」を月として読めません。2022-11、2022/11 または 2022年11月 の形にしてください"),
            Map.entry("-5000 is negative: spend is 0 or more", "-5000 はマイナスです。広告費は 0 以上にしてください"),
            Map.entry("expected 5 columns as in the header, found 4", "見出しでは 5 列ですが、この行は 4 列です"),
            Map.entry("the number of columns differs from the header", "この行の列数が見出しと違います"),
            Map.entry("a quote (\") is opened and never closed", "引用符（\"）が開いたまま閉じていません"),
            Map.entry("the file is empty: expected a header line with column names",
                    "ファイルが空です。1行目に列名の見出しが必要です"),
            Map.entry("no column for ordered_at (注文日) in this orders file; the columns are: 番号, 顧客. Name it with"
                    + " --map ordered_at=<column>", "この orders ファイルに ordered_at (注文日) の列がありません（列: 番号, 顧客）。"
                    + "確認画面で列を割り当ててください"),
            Map.entry("cannot tell whether this file holds orders, customers, products, acquisition spend or NPS answers"
                    + " from its columns (a, b); name it with --kind",
                    "列（a, b）から、受注・顧客・商品・広告費・NPS回答のどのファイルか判断できません。確認画面で種類を選んでください"),
            Map.entry("order A1 has lines on different dates, 2026-01-01 and 2026-01-02",
                    "注文 A1 の行で注文日が異なります（2026-01-01 と 2026-01-02）"));

    private final ErrorWording wording = new ErrorWording(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames("messages/imports");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aJapanesePageReadsEveryImporterMessageInJapanese() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        JAPANESE.forEach((english, japanese) -> assertThat(wording.say(english)).as(english).isEqualTo(japanese));
    }

    @Test
    void anEnglishPageReadsThemAsTheImporterWordsThemAndUnknownOnesPassThrough() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(wording.say("cannot read \"abc\" as an amount")).isEqualTo("cannot read \"abc\" as an amount");
        assertThat(wording.say("expected 5 columns as in the header, found 4"))
                .isEqualTo("expected 5 columns as in the header, found 4");
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        assertThat(wording.say("something new")).isEqualTo("something new");
        assertThat(wording.say(null)).isEmpty();
    }
}
