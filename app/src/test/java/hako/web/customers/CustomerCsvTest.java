package hako.web.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class CustomerCsvTest {

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theHeaderStartsWithAByteOrderMarkAndIsJapaneseWithCrlf() {
        String header = new String(CustomerCsv.header(ListLinksTest.text(Locale.JAPANESE), false), StandardCharsets.UTF_8);

        assertThat(header).isEqualTo("\uFEFF顧客ID,氏名,メール,累計購入回数,累計購入金額,初回購入日,最終購入日,"
                + "在籍期間（日）,R値（日）,順位,TOP層,クラスター,ステージ\r\n");
    }

    @Test
    void withScoresTheClvHeadersFollow() {
        String header = new String(CustomerCsv.header(ListLinksTest.text(Locale.JAPANESE), true), StandardCharsets.UTF_8);

        assertThat(header).endsWith(",ステージ,生存確率,購入回数期待値（30日）,購入回数期待値（90日）,購入回数期待値（365日）,"
                + "次回購入予測日,予測客単価,予測CLV（365日）,離反リスク\r\n");
    }

    @Test
    void theLabelsAreThePagesByMessageKey() {
        Map<String, String> ja = CustomerCsv.labels(ListLinksTest.text(Locale.JAPANESE));
        assertThat(ja).containsEntry("cluster.top10", "TOP10%").containsEntry("stage.retention", "既存客維持")
                .containsEntry("clv.risk.high", "高");
        assertThat(CustomerCsv.labels(ListLinksTest.text(Locale.ENGLISH))).containsEntry("clv.risk.high", "high");
    }

    @Test
    void aHeaderWithACommaIsQuoted() {
        assertThat(CustomerCsv.quote("say \"hi\", you")).isEqualTo("\"say \"\"hi\"\", you\"");
        assertThat(CustomerCsv.quote("顧客ID")).isEqualTo("顧客ID");
    }
}
