package hako.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis commands end to end: import a small export, then each command's CSV and table. */
class AnalysesCliTest {

    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void importOrders() throws Exception {
        db = dir.resolve("shop.duckdb").toString();
        Path orders = dir.resolve("orders.csv");
        Files.writeString(orders, String.join("\n",
                "order_id,ordered_at,customer_id,product_code,quantity,unit_price",
                "1,2023-02-10,A,P1,1,100",
                "2,2023-03-05,A,P2,2,100",
                "3,2024-02-29,A,P1,3,100",
                "4,2024-03-10,A,P2,1,150",
                "5,2023-03-20,B,P1,5,100",
                "6,2024-02-01,B,P2,1,100",
                "7,2024-02-15,B,P2,1,100",
                "8,2024-03-01,C,P1,4,100",
                "9,2024-03-02,C,P2,1,100",
                "10,2023-01-15,D,P1,1,50", ""), StandardCharsets.UTF_8);
        Run run = Run.hako("import", "--db", db, orders.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void decomposeEveryMonthAsCsv() {
        Run run = Run.hako("decompose", "--db", db, "--as-of", "2024-03-15", "--from", "2024-02", "--buyers", "all");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).hasSize(3);
        assertThat(run.out().lines().toList().get(0)).startsWith("month,buyers,from,to,customers,orders,sales,frequency");
        assertThat(run.out()).contains("2024-02,all,2024-02-01,2024-02-29,2,3,500.00,1.5000,166.67,1,1,100.00,1.0000,"
                + "100.00,2.0000,1.5000,1.6667,5.0000,up,up,up,up,false,false,false,false");
        assertThat(run.out()).contains("2024-03,all,2024-03-01,2024-03-15,2,3,650.00,1.5000,216.67,1,1,200.00,1.0000,"
                + "200.00,2.0000,1.5000,1.0833,3.2500,up,up,up,up,true,true,true,true");
    }

    @Test
    void decomposeAsATableWithItsDefinition() {
        Run run = Run.hako("decompose", "--db", db, "--format", "table", "--lang", "en", "--from", "2023-12");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Each month's sales split into customers").contains("2023-12  all");
    }

    @Test
    void decomposeRefusesAnUnreadableMonth() {
        Run run = Run.hako("decompose", "--db", db, "--from", "2024-13");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--from 2024-13: write a month as YYYY-MM");
    }

    @Test
    void cohortCellsAndComponents() {
        Run cells = Run.hako("cohorts", "--db", db, "--as-of", "2024-03-15");
        assertThat(cells.exitCode()).as(cells.err()).isZero();
        assertThat(cells.out()).startsWith("cohort,customers,month_no,month,active,continuation,churn,orders,sales,"
                + "cumulative_sales,ltv,complete\n2023-01,1,1,2023-01,1,1.0000,0.0000,1,50.00,50.00,50.00,true\n");
        assertThat(cells.out()).contains("2023-02,1,3,2023-04,0,0.0000,1.0000,0,0.00,300.00,300.00,true");
        Run parts = Run.hako("cohorts", "--db", db, "--as-of", "2024-03-15", "--view", "components");
        assertThat(parts.out()).contains("2023-02,1,2,300.00,300.00,150.00,2.0000,1.0000,0.0000,true");
    }

    @Test
    void importedSpendGivesCpoWithLeaks() throws Exception {
        Path spend = dir.resolve("広告費.csv");
        Files.writeString(spend, "年月,広告費,媒体\n2023-02,400,web\n2023-03,100,web\n2023-03,50,dm\n", StandardCharsets.UTF_8);
        Run imported = Run.hako("import", "--db", db, spend.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("acquisition_spend: 3 records");
        Run cpo = Run.hako("cohorts", "--db", db, "--as-of", "2024-03-15", "--view", "cpo");
        assertThat(cpo.exitCode()).as(cpo.err()).isZero();
        assertThat(cpo.out().lines().toList()).containsExactly("month,spend,channels,new_customers,cpo,ltv_12m,ltv_basis,leak",
                "2023-02,400.00,web=400.00,1,400.00,300.00,cohort,true",
                "2023-03,150.00,dm=50.00 web=100.00,1,150.00,700.00,cohort,false");
    }

    @Test
    void entryProductsSortedByCustomers() {
        Run run = Run.hako("entry-products", "--db", db, "--as-of", "2024-03-15", "--sort", "customers", "--min-customers", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).containsExactly(
                "item,label,customers,f2_90_base,f2_rate_90,f2_180_base,f2_rate_180,repeaters,avg_days_to_second,"
                        + "ltv12_customers,ltv12,top",
                "P1,P1,4,3,0.3333,3,0.3333,3,114.0,2,175.00,true");
    }

    @Test
    void journeyPathsAndLinks() {
        Run paths = Run.hako("journey", "--db", db, "--as-of", "2024-03-15");
        assertThat(paths.exitCode()).as(paths.err()).isZero();
        assertThat(paths.out().lines().toList()).containsExactly("group,path,customers,share",
                "top1,P1 > P2 > P1 > P2,1,1.0000",
                "repeaters,P1 > P2,1,0.3333", "repeaters,P1 > P2 > P1 > P2,1,0.3333", "repeaters,P1 > P2 > P2,1,0.3333");
        Run links = Run.hako("journey", "--db", db, "--as-of", "2024-03-15", "--view", "links");
        assertThat(links.out()).contains("repeaters,1,P1,P2,3,23.0");
    }

    @Test
    void behavioursWithSettingsAndMembers() {
        Run run = Run.hako("behaviours", "--db", db, "--as-of", "2024-03-15", "--lang", "en",
                "--set", "behaviour.bulk_items=2.5", "--set", "behaviour.heavy_orders=3", "--set", "behaviour.seasonal_percent=50");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).containsExactly("behaviour,name,customers,share,sales,sales_share,action",
                "heavy,Heavy users,1,0.2500,700.00,0.3500,\"Upsell, early access, limited offers\"",
                "one_time,One-time buyers,1,0.2500,50.00,0.0250,\"Usage support right after the purchase, and reminders\"",
                "seasonal,Seasonal buyers,1,0.2500,750.00,0.3750,Reach them shortly before the month they usually buy in",
                "bulk,Bulk buyers,1,0.2500,500.00,0.2500,\"Offer sets, regular delivery and volume prices\"");
        Run members = Run.hako("behaviours", "--db", db, "--as-of", "2024-03-15", "--members", "seasonal",
                "--set", "behaviour.seasonal_percent=50");
        assertThat(members.out()).isEqualTo("customer_id\nA\n");
    }

    @Test
    void importedSurveyGivesNpsAndLoyaltyGroups() throws Exception {
        Path survey = dir.resolve("アンケート.csv");
        Files.writeString(survey, "会員ID,回答日,推奨度,コメント\nA,2024/02/01,10,最高\nB,2024/03/01,7,\nC,2024/03/02,3,遅い\n",
                StandardCharsets.UTF_8);
        Run imported = Run.hako("import", "--db", db, survey.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("nps: 3 records");
        Run months = Run.hako("nps", "--db", db, "--as-of", "2024-03-15");
        assertThat(months.out().lines().toList()).containsExactly("month,responses,promoters,passives,detractors,nps",
                "all,3,1,1,1,0.0", "2024-02,1,1,0,0,100.0", "2024-03,2,0,1,1,-50.0");
        Run groups = Run.hako("nps", "--db", db, "--as-of", "2024-03-15", "--view", "groups", "--lang", "en");
        assertThat(groups.out()).contains("high,High loyalty (9–10),1,4.00,187.50,0,0.00,0,A dedicated person",
                "low,Low loyalty (0–6),1,2.00,250.00,0,0.00,0,\"Technology (LINE, email, chat, phone)\"");
        assertThat(Run.hako("nps", "--db", db, "--members", "mid").out()).isEqualTo("customer_id\nB\n");
    }

    @Test
    void aScoreOutsideZeroToTenIsRefusedNamingLineAndColumn() throws Exception {
        Path survey = dir.resolve("survey.csv");
        Files.writeString(survey, "customer_id,date,score\nA,2024-02-01,12\n", StandardCharsets.UTF_8);
        Run run = Run.hako("import", "--db", db, survey.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("survey.csv:2: score: \"12\" is not a score: a whole number from 0 to 10");
    }
}
