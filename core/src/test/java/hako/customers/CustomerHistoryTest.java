package hako.customers;

import static org.assertj.core.api.Assertions.assertThat;

import hako.store.ShopDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerHistoryTest {

    private static final String ID = "hanako.yamada@example.jp";
    private Connection c;

    @BeforeEach
    void shop() throws SQLException {
        c = ShopDatabase.inMemory();
        try (Statement s = c.createStatement()) {
            s.execute("""
                INSERT INTO orders VALUES
                  ('A-1', 'hanako.yamada@example.jp', '2022-01-05 10:00', '2022-01-05', 3000, false, '発送済', 1),
                  ('A-2', 'hanako.yamada@example.jp', '2022-03-01 09:00', '2022-03-01', 5400, false, null, 1),
                  ('A-3', 'hanako.yamada@example.jp', '2022-03-01 18:30', '2022-03-01', 1200, true, 'キャンセル', 1),
                  ('A-4', 'hanako.yamada@example.jp', '2022-04-10 12:00', '2022-04-10', -800, false, '返品', 1),
                  ('A-5', 'hanako.yamada@example.jp', '2022-12-24 12:00', '2022-12-24', 9000, false, null, 1),
                  ('B-1', 'someone else', '2022-03-02 12:00', '2022-03-02', 7000, false, null, 1)""");
            s.execute("""
                INSERT INTO order_lines VALUES
                  ('A-2', 2, 'P2', NULL, 1, 1800, 1800),
                  ('A-2', 1, 'P1', '青汁 30包', 2, 1800, 3600),
                  ('B-1', 1, 'P1', '青汁 30包', 1, 7000, 7000)""");
            s.execute("INSERT INTO products VALUES ('P2', '酵素ドリンク', 'drink', 1800, 30, 1)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void listsTheCustomersOrdersUpToTheAsOfDateNewestFirst() throws SQLException {
        List<PastOrder> orders = CustomerHistory.orders(c, ID, LocalDate.of(2022, 11, 30), 100);

        assertThat(orders).extracting(PastOrder::orderId).containsExactly("A-4", "A-3", "A-2", "A-1");
        assertThat(CustomerHistory.count(c, ID, LocalDate.of(2022, 11, 30))).isEqualTo(4);
    }

    @Test
    void marksCancelledOrdersAndOrdersThatAreNotPurchases() throws SQLException {
        List<PastOrder> orders = CustomerHistory.orders(c, ID, LocalDate.of(2022, 11, 30), 100);

        assertThat(orders).filteredOn(PastOrder::isPurchase).extracting(PastOrder::orderId)
                .containsExactly("A-2", "A-1");
        assertThat(orders.get(1).cancelled()).isTrue();
        assertThat(orders.get(1).status()).isEqualTo("キャンセル");
        assertThat(orders.get(0).amount()).isEqualByComparingTo("-800");
    }

    @Test
    void givesEachOrderItsProductsInLineOrderNamedFromTheMasterWhenTheLineHasNoName() throws SQLException {
        PastOrder a2 = CustomerHistory.orders(c, ID, LocalDate.of(2022, 11, 30), 100).get(2);

        assertThat(a2.items()).extracting(PastOrder.OrderedItem::label).containsExactly("青汁 30包", "酵素ドリンク");
        assertThat(a2.items().get(0).quantity()).isEqualByComparingTo(BigDecimal.valueOf(2));
        assertThat(CustomerHistory.orders(c, ID, LocalDate.of(2022, 11, 30), 100).get(3).items()).isEmpty();
    }

    @Test
    void keepsOnlyTheNewestOrdersUpToTheLimit() throws SQLException {
        assertThat(CustomerHistory.orders(c, ID, LocalDate.of(2023, 1, 1), 2))
                .extracting(PastOrder::orderId).containsExactly("A-5", "A-4");
    }

    @Test
    void anUnknownCustomerHasNoOrders() throws SQLException {
        assertThat(CustomerHistory.orders(c, "nobody", LocalDate.of(2023, 1, 1), 10)).isEmpty();
        assertThat(CustomerProfile.find(c, "nobody")).isEmpty();
    }

    @Test
    void theProfileOfAViewerKeepsOnlyTheName() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO customers VALUES ('" + "C1" + "', 'h@example.jp', '山田 花子', '090-1111-2222',"
                    + " '150-0001', '東京都渋谷区', 'U123', true, false, NULL, true, NULL, 1)");
        }
        CustomerProfile full = CustomerProfile.find(c, "C1").orElseThrow();

        assertThat(full.email()).isEqualTo("h@example.jp");
        assertThat(full.consentLine()).isFalse();
        assertThat(full.consentDm()).isNull();
        assertThat(full.namesOnly()).isEqualTo(new CustomerProfile("C1", "山田 花子", null, null, null, null, null,
                null, null, null, null, null));
    }
}
