package hako.web.customers;

import static org.assertj.core.api.Assertions.assertThat;

import hako.clv.ChurnRisk;
import hako.clv.ClvScore;
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
    void withScoresTheClvColumnsFollowAndACustomerWithoutScoresHasEmptyCells() throws Exception {
        StringWriter out = new StringWriter();
        CustomerCsv csv = new CustomerCsv(out, ListLinksTest.text(Locale.JAPANESE), true);
        csv.header();
        Member m = new Member("C1", null, null, 2, new BigDecimal("500.00"), LocalDate.of(2022, 1, 2),
                LocalDate.of(2022, 3, 1), 58, 10, 9, null, Cluster.TWO_THREE, Stage.ACTIVATION);
        csv.row(m, new ClvScore(0.25, 0.1, 0.3, 1.2, LocalDate.of(2022, 4, 2), new BigDecimal("260.00"),
                new BigDecimal("301.50"), ChurnRisk.HIGH));
        csv.row(m, null);

        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).endsWith(",ステージ,生存確率,購入回数期待値（30日）,購入回数期待値（90日）,購入回数期待値（365日）,"
                + "次回購入予測日,予測客単価,予測CLV（365日）,離反リスク");
        assertThat(lines[1]).endsWith(",既存客活性,0.2500,0.1000,0.3000,1.2000,2022-04-02,260.00,301.50,高");
        assertThat(lines[2]).endsWith(",既存客活性,,,,,,,,");
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
