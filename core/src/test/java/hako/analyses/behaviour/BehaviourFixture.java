package hako.analyses.behaviour;

import hako.testing.SmallShop;
import java.sql.SQLException;

/**
 * Seven customers, every order ￥100, for as-of 2024-12-31: H heavy (4 purchases in 365 days), J three,
 * S seasonal (Decembers of three years), T twice in one November, O once with 6 items (bulk), B bulk (4
 * and 7 items, and an order without lines), Q once with 4 items.
 */
public final class BehaviourFixture {

    private BehaviourFixture() {
    }

    public static SmallShop sevenCustomers(SmallShop shop) throws SQLException {
        return shop.purchases("H", 100, "2023-12-01", "2024-03-01", "2024-06-01", "2024-12-31")
                .purchases("J", 100, "2024-01-01", "2024-05-01", "2024-06-01")       // 1 January is 365 days back
                .purchases("S", 100, "2022-12-10", "2023-12-05", "2024-12-20", "2024-06-01")
                .purchases("T", 100, "2024-11-01", "2024-11-20")                     // one November only
                .order("o1", "O", "2024-05-05 10:00", "P1:100:6")
                .order("b1", "B", "2024-02-01 10:00", "P1:100:4")
                .order("b2", "B", "2024-03-01 10:00", "P1:100:7")
                .purchases("B", 100, "2023-04-01")                                   // no lines: not counted for bulk
                .order("q1", "Q", "2024-07-01 10:00", "P1:50:2", "P2:50:2");
    }
}
