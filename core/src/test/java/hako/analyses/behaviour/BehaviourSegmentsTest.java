package hako.analyses.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hako.settings.HakoSettings;
import hako.testing.SmallShop;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seven customers, every order ￥100, at 2024-12-31; heavy users need 3 purchases in 365 days here. */
class BehaviourSegmentsTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    static final BehaviourRules RULES = new BehaviourRules(3, 365, 75, 2, 5);

    @TempDir
    Path dir;
    SmallShop shop;

    @BeforeEach
    void shop() throws Exception {
        shop = new SmallShop(dir.resolve("shop.duckdb"));
        BehaviourFixture.sevenCustomers(shop);
    }

    @Test
    void countsAndSharesOfSales() throws Exception {
        BehaviourSegments s = BehaviourSegments.read(shop.db(), AS_OF, RULES);
        assertThat(s.customers()).isEqualTo(7);
        assertThat(s.sales()).isEqualByComparingTo("1800");
        assertThat(s.of(Behaviour.HEAVY)).isEqualTo(new BehaviourProfile(Behaviour.HEAVY, 1, new BigDecimal("400.00"),
                1.0 / 7, 400.0 / 1800));
        assertThat(s.of(Behaviour.ONE_TIME).customers()).isEqualTo(2);
        assertThat(s.of(Behaviour.ONE_TIME).sales()).isEqualByComparingTo("200");
        assertThat(s.of(Behaviour.SEASONAL).customers()).isEqualTo(1);
        assertThat(s.of(Behaviour.BULK).customers()).isEqualTo(2);
        assertThat(s.of(Behaviour.BULK).salesShare()).isEqualTo(400.0 / 1800);
    }

    @Test
    void membersAreTheSegment() throws Exception {
        assertThat(BehaviourSegments.members(shop.db(), AS_OF, RULES, Behaviour.HEAVY)).containsExactly("H");
        assertThat(BehaviourSegments.members(shop.db(), AS_OF, RULES, Behaviour.ONE_TIME)).containsExactly("O", "Q");
        assertThat(BehaviourSegments.members(shop.db(), AS_OF, RULES, Behaviour.SEASONAL)).containsExactly("S");
        assertThat(BehaviourSegments.members(shop.db(), AS_OF, RULES, Behaviour.BULK)).containsExactly("B", "O");
    }

    @Test
    void thresholdsComeFromTheSettings() throws Exception {
        HakoSettings settings = HakoSettings.DEFAULTS.with(Map.of("behaviour.heavy_orders", "2",
                "behaviour.seasonal_percent", "50", "behaviour.bulk_items", "5.5"));
        BehaviourRules rules = settings.behaviours();
        assertThat(rules).isEqualTo(new BehaviourRules(2, 365, 50, 2, 5.5));
        assertThat(BehaviourSegments.members(shop.db(), AS_OF, rules, Behaviour.HEAVY)).containsExactly("B", "H", "J", "S", "T");
        assertThat(BehaviourSegments.members(shop.db(), AS_OF, rules, Behaviour.SEASONAL)).containsExactly("H", "S");
        assertThat(BehaviourSegments.members(shop.db(), AS_OF, rules, Behaviour.BULK)).containsExactly("B", "O");
        assertThat(HakoSettings.DEFAULTS.behaviours()).isEqualTo(new BehaviourRules(6, 365, 75, 2, 5));
        assertThatThrownBy(() -> HakoSettings.DEFAULTS.with(Map.of("behaviour.seasonal_percent", "120")))
                .hasMessageContaining("1–100 %");
    }
}
