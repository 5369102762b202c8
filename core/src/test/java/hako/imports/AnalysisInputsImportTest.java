package hako.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Acquisition spend and NPS answers through the importer: detected, Japanese headers, all or nothing. */
class AnalysisInputsImportTest extends ImportFixture {

    @Test
    void acquisitionSpendWithJapaneseHeadersInShiftJis() throws Exception {
        ImportReport report = run(write("広告費.csv", WINDOWS_31J, """
                年月,媒体,広告費
                2024年1月,リスティング,"￥120,000"
                2024/01,SNS,"80,000"
                202402,リスティング,100000円
                2024-03-15,,50000
                """));
        assertThat(report.files().get(0).kind()).isEqualTo(ImportKind.ACQUISITION_SPEND);
        assertThat(report.kinds()).containsExactly(new ImportReport.MasterSummary(ImportKind.ACQUISITION_SPEND, 4, 0, 0, 0));
        assertThat(rows("SELECT month, channel, amount FROM acquisition_spend ORDER BY ALL")).containsExactly(
                "2024-01-01|SNS|80000.00",
                "2024-01-01|リスティング|120000.00", "2024-02-01|リスティング|100000.00", "2024-03-01||50000.00");
    }

    @Test
    void aReimportReplacesTheMonthsItNames() throws Exception {
        run(write("spend.csv", StandardCharsets.UTF_8, "month,amount\n2024-01,100\n2024-02,200\n"));
        ImportReport again = run(write("spend2.csv", StandardCharsets.UTF_8, "month,amount\n2024-02,250\n2024-02,300\n"));
        assertThat(again.kinds()).containsExactly(new ImportReport.MasterSummary(ImportKind.ACQUISITION_SPEND, 1, 1, 1, 0));
        assertThat(rows("SELECT month, amount FROM acquisition_spend ORDER BY ALL"))
                .containsExactly("2024-01-01|100.00", "2024-02-01|300.00");
    }

    @Test
    void badSpendIsRefusedWithLineAndColumn() throws Exception {
        ImportFailed failed = failsAndChangesNothing(write("spend.csv", StandardCharsets.UTF_8,
                "month,spend,channel\n2024-13,100,web\n2024-02,-5,web\n2024-03,abc,web\n,100,web\n"));
        assertThat(failed.errors()).extracting(Object::toString).containsExactly(
                "spend.csv:2: month: cannot read \"2024-13\" as a month; write it as 2022-11, 2022/11 or 2022年11月",
                "spend.csv:3: spend: -5 is negative: spend is 0 or more",
                "spend.csv:4: spend: cannot read \"abc\" as an amount",
                "spend.csv:5: month: empty: every row needs a month");
    }

    @Test
    void npsAnswersWithJapaneseHeaders() throws Exception {
        ImportReport report = run(write("アンケート.csv", StandardCharsets.UTF_8, """
                顧客ID,回答日,推奨度,コメント
                M1,2024/03/01,10,"とても良い, また買います"
                M2,令和6年3月2日,０,
                M1,2024-03-05,7,
                M1,2024-03-05,8,訂正
                """));
        assertThat(report.files().get(0).kind()).isEqualTo(ImportKind.NPS);
        assertThat(report.kinds()).containsExactly(new ImportReport.MasterSummary(ImportKind.NPS, 3, 0, 1, 0));
        assertThat(rows("SELECT customer_id, responded_on, score, comment FROM nps_responses ORDER BY ALL")).containsExactly(
                "M1|2024-03-01|10|とても良い, また買います", "M1|2024-03-05|8|訂正", "M2|2024-03-02|0|null");
    }

    @Test
    void scoresOutsideZeroToTenAreRefusedWithLineAndColumn() throws Exception {
        ImportFailed failed = failsAndChangesNothing(write("nps.csv", StandardCharsets.UTF_8,
                "customer_id,date,score,comment\nM1,2024-03-01,11,\nM2,2024-03-01,-1,\nM3,2024-03-01,7.5,\n"
                        + "M4,2024-03-01,,\n,2024-03-01,5,\nM5,2024-02-30,5,\n"));
        assertThat(failed.errors()).extracting(Object::toString).containsExactly(
                "nps.csv:2: score: \"11\" is not a score: a whole number from 0 to 10",
                "nps.csv:3: score: \"-1\" is not a score: a whole number from 0 to 10",
                "nps.csv:4: score: \"7.5\" is not a score: a whole number from 0 to 10",
                "nps.csv:5: score: empty: every answer needs a score from 0 to 10",
                "nps.csv:6: customer_id: empty: every answer needs a customer id (or an email address)",
                "nps.csv:7: date: cannot read \"2024-02-30\" as a date");
    }
}
