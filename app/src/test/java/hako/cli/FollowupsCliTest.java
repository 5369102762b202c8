package hako.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The follow-up commands on a four-customer shop with the default plans, as of 2026-11-30. A spends
 * most (the TOP 1 %: ceil(4 × 1 %) = 1); B bought twice; C and D once, D a 30-day product.
 */
class FollowupsCliTest {

    @TempDir
    Path dir;

    String db;

    @BeforeEach
    void shop() throws Exception {
        db = dir.resolve("shop.duckdb").toString();
        Path orders = write("orders.csv", "受注番号,注文日時,顧客ID,商品コード,商品名,数量,単価,ステータス",
                "1,2026-10-01 10:00,A,P1,美容液,1,20000,発送済",
                "2,2026-11-20 10:00,A,P1,美容液,1,20000,発送済",
                "3,2026-09-01 10:00,B,P1,美容液,1,3000,発送済",
                "4,2026-11-10 10:00,B,P1,美容液,1,3000,発送済",
                "5,2026-11-28 10:00,C,P1,美容液,1,2000,発送済",
                "6,2026-11-30 10:00,D,R,青汁,1,1980,発送済");
        Path customers = write("customers.csv", "顧客ID,氏名,メールアドレス,電話番号,郵便番号,都道府県,住所,LINEユーザーID,"
                        + "メルマガ,LINE配信,DM送付,電話連絡,紹介者ID",
                "A,青木,a@example.jp,03-1,100-0001,東京都,千代田区1,UA,1,1,1,1,",
                "B,伊藤,b@example.jp,03-2,100-0001,東京都,千代田区2,UB,1,1,1,1,",
                "C,上田,c@example.jp,03-3,100-0001,東京都,千代田区3,UC,0,1,1,1,",
                "D,江藤,d@example.jp,03-4,100-0001,東京都,千代田区4,,1,1,1,1,");
        Path products = write("products.csv", "商品コード,商品名,カテゴリ,価格,利用サイクル日数",
                "P1,美容液,スキンケア,5000,", "R,青汁,健康食品,1980,30");
        Run run = Run.hako("import", "--db", db, orders.toString(), customers.toString(), products.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private Path write(String name, String... lines) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void generatesDecembersTasksOnceWithDropOutsPerReason() {
        Run first = Run.hako("followups", "generate", "--db", db, "--month", "2026-12");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("default plans were installed");
        // A: care R21, R30; B: R30, R45; C: days 3, 14, 30; D: days 3, 14, 30 and run-out −10, −5, 0
        assertThat(first.out()).contains("follow-up tasks due 2026-12-01 – 2026-12-31 (targets as of 2026-11-30):"
                + " 13 tasks, 13 added now, 10 open", "dropped: 0 purchased since, 1 no consent, 2 no contact details");
        assertThat(first.out().lines().filter(l -> l.startsWith("replenishment")).toList()).containsExactly(
                "replenishment     1  dm           1      1     1       0                0           0           0",
                "replenishment     2  email        1      1     1       0                0           0           0",
                "replenishment     3  line         1      1     0       0                0           0           1");
        Run again = Run.hako("followups", "generate", "--db", db, "--from", "2026-12-01", "--to", "2026/12/31");
        assertThat(again.out()).contains("13 tasks, 0 added now, 10 open");
        Run bad = Run.hako("followups", "generate", "--db", db, "--month", "12-2026");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("cannot read --month \"12-2026\": write it as 2026-12");
    }

    @Test
    void oneCommandGeneratesTheMonthAndWritesItsSheet() throws Exception {
        Path csv = dir.resolve("december.csv");
        Run run = Run.hako("followups", "--db", db, "--month", "2026-12", "--format", "csv", "--lang", "en",
                "--no-contacts", "-o", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("13 tasks, 13 added now, 10 open",
                csv + ": 10 task(s) due 2026-12-01..2026-12-31, 3 dropped");
        List<String> lines = Files.readString(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1 + 13);
        assertThat(lines.get(0)).startsWith("\uFEFFTask ID,Due date,Customer ID");
        assertThat(lines.stream().filter(l -> l.endsWith(",Open,,,,,")).count()).isEqualTo(10);

        Path xlsx = dir.resolve("followups-2026-12.xlsx");
        Run again = Run.hako("followups", "--db", db, "--month", "2026-12", "-o", xlsx.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("13 tasks, 0 added now, 10 open", "(on their own sheet)");
        assertThat(Files.size(xlsx)).isPositive();

        Run neither = Run.hako("followups", "--db", db);
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("give --month 2026-12 (or --from/--to)");
    }

    @Test
    void plansAreListedExportedEditedAndImportedAllOrNothing() throws Exception {
        Run list = Run.hako("plans", "list", "--db", db);
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("multi_buyer", "behaviour=multi_buyer;cluster!=top1",
                "R30 email · R45 dm · R55 line", "meets 3-3-2: 3 contacts, 3 channels, days 30–55",
                "run-out-10 dm · run-out-5 email · run-out line");
        Path file = dir.resolve("plans.csv");
        assertThat(Run.hako("plans", "export", "--db", db, file.toString()).out()).contains("4 plans written");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replace("one_time,1回購入者 使い方サポートとリマインド (one-time buyers),behaviour=one_time,true",
                "one_time,1回購入者 使い方サポートとリマインド (one-time buyers),behaviour=one_time,false"), StandardCharsets.UTF_8);
        Run imported = Run.hako("plans", "import", "--db", db, "--user", "sato", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("4 plans imported", "added none; replaced multi_buyer, one_time,"
                + " replenishment, top1_care");
        assertThat(Run.hako("plans", "list", "--db", db, "--format", "csv").out())
                .containsPattern("(?m)^one_time,.*,behaviour=one_time,no,");
        Files.writeString(file, text.replace(",email,", ",fax,"), StandardCharsets.UTF_8);
        Run refused = Run.hako("plans", "import", "--db", db, file.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("no plan changed", "plans.csv line ", "column channel: unknown channel \"fax\"");
        assertThat(Run.hako("plans", "list", "--db", db, "--format", "csv").out())
                .containsPattern("(?m)^one_time,.*,behaviour=one_time,no,");
    }

    @Test
    void careListsTheTop1PercentWithStaffAndNextStep() {
        Run assign = Run.hako("care", "assign", "--db", db, "A", "佐藤");
        assertThat(assign.exitCode()).as(assign.err()).isZero();
        Run care = Run.hako("care", "--db", db, "--format", "csv");
        assertThat(care.out().lines().toList()).containsExactly(
                "rank,customer_id,name,frequency,monetary,last_purchase,R,last_contact,last_channel,next_due,"
                        + "next_channel,next_plan,next_step,task_id,staff",
                "1,A,青木,2,40000.00,2026-11-20,10,,,2026-12-11,dm,top1_care,2,,佐藤");
        Run unknown = Run.hako("care", "assign", "--db", db, "Z", "佐藤");
        assertThat(unknown.err()).contains("no customer \"Z\"");
    }

    @Test
    void replenishmentAndContactsOfOneCustomer() {
        Run due = Run.hako("replenishment", "--db", db, "--days", "30", "--format", "csv");
        assertThat(due.exitCode()).as(due.err()).isZero();
        assertThat(due.out().lines().toList()).containsExactly(
                "product_code,product_name,customer_id,name,last_bought,quantity,cycle_days,run_out,days_left",
                "R,青汁,D,江藤,2026-11-30,1,30,2026-12-30,30");
        assertThat(Run.hako("replenishment", "--db", db, "--format", "csv").out().lines().count()).isEqualTo(1);
        Run add = Run.hako("contacts", "add", "--db", db, "C", "--channel", "phone", "--date", "2026-11-29",
                "--staff", "佐藤", "--note", "使い方の質問");
        assertThat(add.exitCode()).as(add.err()).isZero();
        Run log = Run.hako("contacts", "--db", db, "C");
        assertThat(log.out()).contains("C: 3-3-2 on 2026-11-30 not met (1 contact · 1 channel", "2026-11-29  phone",
                "使い方の質問");
        Run coverage = Run.hako("followups", "coverage", "--db", db);
        assertThat(coverage.exitCode()).as(coverage.err()).isZero();
        assertThat(coverage.out()).contains("(all)", "each customer once");
    }
}
