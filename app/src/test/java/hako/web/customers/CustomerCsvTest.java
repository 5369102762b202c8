package hako.web.customers;

import static org.assertj.core.api.Assertions.assertThat;

import hako.customers.Cluster;
import hako.customers.Stage;
import hako.segments.Member;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class CustomerCsvTest {

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void startsWithAByteOrderMarkAndWritesJapaneseHeadersAndLabelsWithCrlf() throws Exception {
        StringWriter out = new StringWriter();
        CustomerCsv csv = new CustomerCsv(out, ListLinksTest.text(Locale.JAPANESE));
        csv.header();
        csv.row(new Member("C1", "山田, 花子", "h@example.jp", 5, new BigDecimal("12345.00"),
                LocalDate.of(2022, 1, 2), LocalDate.of(2022, 11, 1), 303, 29, 7, Cluster.TOP10, Cluster.TOP10,
                Stage.RETENTION));

        assertThat(out.toString()).isEqualTo("\uFEFF顧客ID,氏名,メール,累計購入回数,累計購入金額,初回購入日,最終購入日,"
                + "在籍期間（日）,R値（日）,順位,TOP層,クラスター,ステージ\r\n"
                + "C1,\"山田, 花子\",h@example.jp,5,12345,2022-01-02,2022-11-01,303,29,7,TOP10%,TOP10%,既存客維持\r\n");
    }

    @Test
    void textThatExcelWouldRunAsAFormulaIsDefused() {
        assertThat(CustomerCsv.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CustomerCsv.safe("+81 90")).isEqualTo("'+81 90");
        assertThat(CustomerCsv.safe("山田")).isEqualTo("山田");
        assertThat(CustomerCsv.safe(null)).isEmpty();
        assertThat(CustomerCsv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }
}
