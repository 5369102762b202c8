package hako.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Importing orders a shop already has: the same file again, overlapping exports, and a dry run first. */
class ReimportTest extends ImportFixture {

    @Test
    void reimportingTheSameFileDoesNotDoubleCount() throws Exception {
        Path file = write("orders.csv", StandardCharsets.UTF_8, ORDERS);
        ImportReport.OrdersSummary first = orders(run(file));
        List<String> afterFirst = ordersAndLines();
        ImportReport.OrdersSummary second = orders(run(file));

        assertThat(first.replaced()).isZero();
        assertThat(second.orders()).isEqualTo(first.orders()).isEqualTo(3);
        assertThat(second.lines()).isEqualTo(first.lines()).isEqualTo(4);
        assertThat(second.replaced()).isEqualTo(3);
        assertThat(ordersAndLines()).isEqualTo(afterFirst);
        assertThat(count("SELECT count(*) FROM orders")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM order_lines")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM imports")).isEqualTo(2);
    }

    @Test
    void anOverlappingLaterExportReplacesTheOrdersItContains() throws Exception {
        run(write("november.csv", StandardCharsets.UTF_8, ORDERS));
        Path later = write("later.csv", StandardCharsets.UTF_8, """
                注文番号,注文日時,会員ID,商品コード,商品名,数量,単価,合計金額
                1001,2022/11/01 10:00,M1,P1,緑茶,2,"1,000","2,000"
                1003,2022/11/20 18:45,M1,P3,急須,1,"3,000","3,000"
                1004,2022/12/01 08:00,M3,P2,湯呑み,2,500,"1,000"
                """);
        ImportReport.OrdersSummary summary = orders(run(later));

        assertThat(summary.orders()).isEqualTo(3);
        assertThat(summary.replaced()).isEqualTo(2);
        assertThat(rows("SELECT order_id, customer_id, amount FROM orders ORDER BY order_id")).containsExactly(
                "1001|M1|2000.00", "1002|M2|1000.00", "1003|M1|3000.00", "1004|M3|1000.00");
        assertThat(rows("SELECT order_id, product_code FROM order_lines ORDER BY order_id, product_code")).containsExactly(
                "1001|P1", "1002|P1", "1003|P3", "1004|P2");
    }

    @Test
    void theLaterOfTwoFilesInOneImportWinsForAnOrderInBoth() throws Exception {
        Path first = write("first.csv", StandardCharsets.UTF_8, ORDERS);
        Path second = write("second.csv", StandardCharsets.UTF_8, """
                注文番号,注文日時,会員ID,合計金額
                1003,2022/11/20 18:45,M1,2500
                """);
        ImportReport.OrdersSummary summary = orders(run(first, second));
        assertThat(summary.orders()).isEqualTo(3);
        assertThat(rows("SELECT order_id, amount FROM orders ORDER BY order_id"))
                .containsExactly("1001|2500.00", "1002|1000.00", "1003|2500.00");
        assertThat(rows("SELECT order_id FROM order_lines ORDER BY order_id, line_no")).containsExactly("1001", "1001", "1002");
    }

    @Test
    void aDryRunReportsTheSameCountsAndWritesNothing() throws Exception {
        seed();
        List<String> before = dump();
        Path file = write("orders.csv", StandardCharsets.UTF_8, """
                注文番号,注文日時,会員ID,商品コード,数量,単価
                1001,2022/11/01 10:00,M1,P1,1,999
                2001,2022/12/01 10:00,,P1,1,1000
                2001,2022/12/01 10:00,,P2,1,1000
                """);
        ImportReport dry = run(DEFAULTS.dryRun(true), file);
        assertThat(dump()).isEqualTo(before);
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.importId()).isZero();

        ImportReport real = run(DEFAULTS, file);
        assertThat(dry.kinds()).isEqualTo(real.kinds());
        assertThat(orders(dry).replaced()).isEqualTo(1);
        assertThat(orders(dry).ordersWithoutCustomer()).isEqualTo(1);
        assertThat(dry.files()).isEqualTo(real.files());
        assertThat(dump()).isNotEqualTo(before);
    }

    /** Every order and line, without the import id that a re-import changes. */
    private List<String> ordersAndLines() throws SQLException {
        List<String> rows = new ArrayList<>(rows("SELECT * EXCLUDE (import_id) FROM orders ORDER BY ALL"));
        rows.addAll(rows("SELECT * FROM order_lines ORDER BY ALL"));
        return rows;
    }
}
