package hako.web.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hako.clv.ChurnRisk;
import hako.customers.Cluster;
import hako.customers.Stage;
import hako.segments.ClvCondition;
import hako.segments.MemberSort;
import hako.segments.Segment;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;

class ListLinksTest {

    private static final LocalDate AS_OF = LocalDate.of(2022, 11, 30);

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theBoardsParametersAreReadUnderTheirOwnNames() {
        ListFilter f = params("retention", "top10", "top20", "2", "5", "0", "60", " 山田 ", "recency_desc", "3")
                .read(AS_OF, text(Locale.JAPANESE));

        assertThat(f.segment()).isEqualTo(new Segment(Stage.RETENTION, Cluster.TOP10, Cluster.TOP20, 2L, 5L, 0L, 60L));
        assertThat(f.search()).isEqualTo("山田");
        assertThat(f.sort()).isEqualTo(MemberSort.RECENCY_DESC);
        assertThat(f.page()).isEqualTo(3);
    }

    @Test
    void everyLinkKeepsTheFiltersAndEncodesTheSearch() {
        ListFilter f = params("retention", null, "top1", "2", null, null, "60", "a+b @x.jp", "frequency_desc", "4")
                .read(AS_OF, text(Locale.JAPANESE));

        String expected = "stage=retention&tier=top1&fMin=2&rMax=60&q=a%2Bb+%40x.jp";
        assertThat(f.pageHref(2)).isEqualTo("/customers?" + expected + "&sort=frequency_desc&page=2&asOf=2022-11-30");
        assertThat(f.exportHref()).isEqualTo("/customers/export?" + expected + "&sort=frequency_desc&asOf=2022-11-30");
    }

    @Test
    void aSortedHeaderShowsItsArrowAndItsLinkReversesTheOrder() {
        ListFilter f = params(null, null, null, null, null, null, null, null, "frequency_desc", "7")
                .read(AS_OF, text(Locale.JAPANESE));

        assertThat(f.sortLink("F")).isEqualTo(new ListFilter.SortLink(
                "/customers?sort=frequency_asc&asOf=2022-11-30", "▼", true));
        assertThat(f.sortLink("M").active()).isFalse();
        assertThat(f.sortLink("M").href()).isEqualTo("/customers?sort=monetary_desc&asOf=2022-11-30");
        assertThat(f.sortLink("RANK").href()).isEqualTo("/customers?asOf=2022-11-30");
    }

    @Test
    void tamperedSortAndPageFallBackToRankAndTheFirstPage() {
        ListFilter f = params(null, null, null, null, null, null, null, null, "DROP TABLE orders", "-5")
                .read(AS_OF, text(Locale.JAPANESE));

        assertThat(f.sort()).isEqualTo(MemberSort.RANK);
        assertThat(f.page()).isEqualTo(1);
        assertThat(Pager.of(120, 99, 50)).isEqualTo(new Pager(120, 3, 3, 101, 120));
        assertThat(Pager.of(0, 1, 50)).isEqualTo(new Pager(0, 1, 1, 0, 0));
    }

    @Test
    void badValuesAreRefusedWithAMessageInThePagesLanguage() {
        assertThatThrownBy(() -> params("xyz", null, null, null, null, null, null, null, null, null)
                .read(AS_OF, text(Locale.JAPANESE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage に「xyz」は使えません。使える値: acquisition, activation, retention, churn_prevention");
        assertThatThrownBy(() -> params(null, null, "one_time", null, null, null, null, null, null, null)
                .read(AS_OF, text(Locale.ENGLISH)))
                .hasMessage("tier cannot be \"one_time\"; use one of: top1, top10, top20");
        assertThatThrownBy(() -> params(null, null, null, "abc", null, null, null, null, null, null)
                .read(AS_OF, text(Locale.JAPANESE)))
                .hasMessage("F の値「abc」は 0 以上の整数で指定してください");
        assertThatThrownBy(() -> params(null, null, null, null, null, "9", "3", null, null, null)
                .read(AS_OF, text(Locale.ENGLISH)))
                .hasMessage("R from 9 is above R to 3");
    }

    @Test
    void theClvConditionsAreReadKeptInEveryLinkAndCheckedInThePagesLanguage() {
        ListFilter f = new FilterParams(null, null, null, null, null, null, null, null, null, null, "clv_desc", null, null, "high",
                "10", "60", "1000", null).read(AS_OF, text(Locale.ENGLISH));

        assertThat(f.segment().clv()).isEqualTo(new ClvCondition(ChurnRisk.HIGH, 10L, 60L, 1000L, null));
        assertThat(f.sort()).isEqualTo(MemberSort.CLV_DESC);
        assertThat(f.pageHref(2)).isEqualTo(
                "/customers?risk=high&aliveMin=10&aliveMax=60&clvMin=1000&sort=clv_desc&page=2&asOf=2022-11-30");
        assertThat(f.sortLink("CLV")).isEqualTo(new ListFilter.SortLink(
                "/customers?risk=high&aliveMin=10&aliveMax=60&clvMin=1000&sort=clv_asc&asOf=2022-11-30", "▼", true));
        assertThat(f.describe(Locale.JAPANESE)).isEqualTo("離反リスク 高 · P(alive) 10–60% · 予測CLV ≥ 1000円");
        assertThatThrownBy(() -> new FilterParams(null, null, null, null, null, null, null, null, null, null, null, null, null,
                "severe", null, null, null, null).read(AS_OF, text(Locale.ENGLISH)))
                .hasMessage("risk cannot be \"severe\"; use one of: low, medium, high");
        assertThatThrownBy(() -> new FilterParams(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, "70", "20", null, null).read(AS_OF, text(Locale.JAPANESE)))
                .hasMessage("生存確率 の下限 70 が上限 20 より大きくなっています");
        assertThatThrownBy(() -> new FilterParams(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, "101", null, null, null).read(AS_OF, text(Locale.ENGLISH)))
                .hasMessage("P(alive) is a percent from 0 to 100, not 101");
    }

    @Test
    void theDescriptionForTheAuditLogNamesTheSearch() {
        ListFilter f = params("retention", null, null, null, null, null, null, "山田", null, null)
                .read(AS_OF, text(Locale.JAPANESE));

        assertThat(f.describe(Locale.JAPANESE)).isEqualTo("既存客維持 · 検索「山田」");
    }

    private static FilterParams params(String stage, String cluster, String tier, String fMin, String fMax,
                                       String rMin, String rMax, String q, String sort, String page) {
        return new FilterParams(stage, cluster, tier, fMin, fMax, rMin, rMax, null, null, q, sort, page, null, null, null,
                null, null, null);
    }

    static MessageSourceAccessor text(Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/common", "messages/customers", "messages/clv");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        LocaleContextHolder.setLocale(locale);
        return new MessageSourceAccessor(messages);
    }
}
