package hako.followups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReplenishmentTest {

    private FollowupShop shop;

    @BeforeEach
    void shop() throws Exception {
        shop = new FollowupShop();
        shop.product("P", 30).product("Q", null).customer("D")
                .buys("D", "2024-01-10", "P", 2)       // 2 × 30 days over the leap day: Mar 10
                .buys("E", "2024-02-05", "P", 1)       // Mar 6
                .buys("F", "2024-01-01", "P", 1)       // would run out Jan 31, but bought again:
                .buys("F", "2024-02-01", "P", 1)       // Mar 2
                .buys("G", "2024-01-20", "P", 1.5)     // 45 days: Mar 5
                .buys("H", "2024-02-01", "Q", 5);      // no usage cycle
    }

    @AfterEach
    void close() throws Exception {
        shop.close();
    }

    private List<String> due(String on, int days) throws Exception {
        return Replenishment.due(shop.db(), LocalDate.parse(on), days).stream()
                .map(d -> d.productCode() + "|" + d.customerId() + "|" + d.lastBought() + "|" + d.quantity().toPlainString()
                        + "|" + d.runOut() + "|" + d.daysLeft()).toList();
    }

    @Test
    void customersRunningOutWithinTheDaysBothEndsIncluded() throws Exception {
        assertEquals(List.of("P|G|2024-01-20|1.5|2024-03-05|2", "P|E|2024-02-05|1|2024-03-06|3",
                "P|D|2024-01-10|2|2024-03-10|7"), due("2024-03-03", 7));
        assertEquals(List.of("P|F|2024-02-01|1|2024-03-02|0"), due("2024-03-02", 0));
        assertEquals("商品P|顧客D", Replenishment.due(shop.db(), LocalDate.parse("2024-03-10"), 0).stream()
                .map(d -> d.productName() + "|" + d.customerName()).findFirst().orElseThrow());
    }

    @Test
    void aCustomerWhoBoughtAgainSinceIsNotDue() throws Exception {
        // on Jan 25, F's run-out is Jan 31 from the Jan 1 purchase; the Feb 1 purchase replaced it
        assertEquals(List.of(), due("2024-01-25", 7));
    }
}
