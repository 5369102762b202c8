package hako.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Customers and products masters: how they are recognised or named with --kind, and what they store. */
class MasterImportTest extends ImportFixture {

    @Test
    void importsACustomersMasterWithJapaneseHeaders() throws Exception {
        Path file = write("customers.csv", WINDOWS_31J, """
                顧客ID,氏名,メールアドレス,電話番号,郵便番号,都道府県,住所,LINEユーザーID,メルマガ,LINE配信,DM送付可否,電話連絡可否,紹介者ID\r
                C001,髙橋 一郎,Ichiro@Example.jp,090-1111-2222,100-0001,東京都,千代田区1-1,U123,可,1,不可,0,\r
                C002,山﨑 花子,hanako@example.jp,,530-0001,大阪府,北区2-2,,不可,0,可,1,C001\r
                C003,㈱ハコ商事,,,,,,,,,,,C001\r
                """);
        ImportReport report = run(file);

        assertThat(report.files().get(0).kind()).isEqualTo(ImportKind.CUSTOMERS);
        var summary = (ImportReport.MasterSummary) report.kinds().get(0);
        assertThat(summary.records()).isEqualTo(3);
        assertThat(rows("SELECT customer_id, email, name, phone, postal_code, address, line_user_id, consent_email,"
                + " consent_line, consent_dm, consent_phone, referred_by FROM customers ORDER BY customer_id"))
                .containsExactly(
                        "C001|ichiro@example.jp|髙橋 一郎|090-1111-2222|100-0001|東京都 千代田区1-1|U123|true|true|false|false|null",
                        "C002|hanako@example.jp|山﨑 花子|null|530-0001|大阪府 北区2-2|null|false|false|true|true|C001",
                        "C003|null|㈱ハコ商事|null|null|null|null|null|null|null|null|C001");
    }

    @Test
    void reimportingCustomersWithFewerColumnsKeepsTheOthers() throws Exception {
        run(write("customers.csv", StandardCharsets.UTF_8, """
                顧客ID,氏名,メールアドレス,電話番号,メルマガ,DM送付可否,紹介者ID
                C001,髙橋 一郎,ichiro@example.jp,090-1111-2222,可,可,
                C002,山﨑 花子,hanako@example.jp,,不可,可,C001
                """));
        ImportReport report = run(DEFAULTS.kind(ImportKind.CUSTOMERS), write("consents.csv", StandardCharsets.UTF_8, """
                顧客ID,メルマガ
                C001,不可
                C003,1
                """));
        var summary = (ImportReport.MasterSummary) report.kinds().get(0);
        assertThat(summary.records()).isEqualTo(2);
        assertThat(summary.replaced()).isEqualTo(1);
        assertThat(rows("SELECT customer_id, name, email, phone, consent_email, consent_dm, referred_by FROM customers"
                + " ORDER BY customer_id")).containsExactly(
                "C001|髙橋 一郎|ichiro@example.jp|090-1111-2222|false|true|null",
                "C002|山﨑 花子|hanako@example.jp|null|false|true|C001",
                "C003|null|null|null|true|null|null");
    }

    @Test
    void anUnreadableConsentIsAnError() throws Exception {
        ImportFailed failed = failsAndChangesNothing(write("customers.csv", StandardCharsets.UTF_8, """
                顧客ID,氏名,メルマガ
                C009,誰か,たぶん
                """));
        assertThat(failed.errors()).extracting(ImportError::toString)
                .containsExactly("customers.csv:2: メルマガ: cannot read \"たぶん\" as yes or no");
    }

    @Test
    void aCustomersListWithNameAndCreatedAtIsNotTakenForOrders() throws Exception {
        Path file = write("list.csv", StandardCharsets.UTF_8, """
                Customer ID,Name,Email,Created at,Total
                C1,山田 太郎,taro@example.jp,2022-11-01,5000
                """);
        ImportFailed failed = failsAndChangesNothing(file);
        assertThat(failed.errors().get(0).message()).contains("cannot tell whether this file holds orders", "--kind");
        run(DEFAULTS.kind(ImportKind.CUSTOMERS), file);
        assertThat(rows("SELECT customer_id, name, email FROM customers WHERE customer_id = 'C1'"))
                .containsExactly("C1|山田 太郎|taro@example.jp");
    }

    @Test
    void importsAProductsMaster() throws Exception {
        Path file = write("products.csv", StandardCharsets.UTF_8, """
                商品コード,商品名,カテゴリ,販売価格,利用サイクル日数
                P1,緑茶 100g,お茶,"￥1,000",30
                P2,湯呑み,器,500,
                P3,サプリ 定期,健康,"3,980円",０
                """);
        ImportReport report = run(file);

        assertThat(report.files().get(0).kind()).isEqualTo(ImportKind.PRODUCTS);
        assertThat(rows("SELECT product_code, name, category, price, cycle_days FROM products ORDER BY product_code"))
                .containsExactly("P1|緑茶 100g|お茶|1000.00|30", "P2|湯呑み|器|500.00|null", "P3|サプリ 定期|健康|3980.00|null");
    }

    @Test
    void aForcedKindOverridesRecognition() throws Exception {
        Path file = write("list.csv", StandardCharsets.UTF_8, "SKU,Price\nP9,100\n");
        ImportReport report = run(DEFAULTS.kind(ImportKind.PRODUCTS), file);
        assertThat(report.files().get(0).kind()).isEqualTo(ImportKind.PRODUCTS);
        assertThat(rows("SELECT product_code, price FROM products")).containsExactly("P9|100.00");
    }
}
