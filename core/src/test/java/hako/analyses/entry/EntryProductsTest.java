package hako.analyses.entry;

import static org.assertj.core.api.Assertions.assertThat;

import hako.analyses.ItemLevel;
import hako.testing.SmallShop;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entry products counted by hand at 2024-12-31 (a leap year: 2024-01-01 + 12 months ends on as-of). */
class EntryProductsTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    @TempDir
    Path dir;
    SmallShop shop;

    @BeforeEach
    void shop() throws Exception {
        shop = new SmallShop(dir.resolve("shop.duckdb"));
        shop.product("P1", "緑茶", "tea").product("P2", "湯呑み", "cups")
                .order("a1", "A", "2024-01-01 10:00", "P1:100", "P2:50", "P1:30")
                .order("a2", "A", "2024-02-15 10:00", "P3:200")
                .order("b1", "B", "2024-01-10 10:00", "P1:300")
                .order("b2", "B", "2024-06-01 10:00", "P2:10")
                .order("c1", "C", "2023-06-01 10:00", "P1:80")
                .order("d2", "D", "2024-10-15 09:00", "P2:70")      // first: earlier in the day
                .order("d1", "D", "2024-10-15 18:00", "P3:10")
                .order("z1", "Z", "2025-01-05 10:00", "P3:10")      // after as-of
                .purchases("E", 500, "2024-03-01");                 // no lines
    }

    EntryProducts read(ItemLevel level, int top, int min) throws Exception {
        return EntryProducts.read(shop.db(), AS_OF, level, top, min);
    }

    @Test
    void perProductInTheFirstOrder() throws Exception {
        EntryProducts e = read(ItemLevel.PRODUCT, 1, 1);
        assertThat(e.withoutLines()).isEqualTo(1);
        assertThat(e.entries()).hasSize(2);
        EntryProduct p1 = e.entries().get(0);
        assertThat(p1).isEqualTo(new EntryProduct("P1", "緑茶", 3, 3, 1, 3, 2, 2, 94.0, 2, new BigDecimal("460.00"), false));
        assertThat(p1.f2Rate90()).isEqualTo(1.0 / 3);
        assertThat(p1.f2Rate180()).isEqualTo(2.0 / 3);
        assertThat(p1.ltv12()).isEqualByComparingTo("230.00");
        EntryProduct p2 = e.entries().get(1);
        assertThat(p2).isEqualTo(new EntryProduct("P2", "湯呑み", 2, 1, 1, 1, 1, 2, 22.5, 1, new BigDecimal("380.00"), true));
    }

    @Test
    void theTopFlagNeedsEnoughCustomersWithTwelveMonths() throws Exception {
        assertThat(read(ItemLevel.PRODUCT, 1, 2).entries()).extracting(EntryProduct::top).containsExactly(true, false);
        assertThat(read(ItemLevel.PRODUCT, 3, 3).entries()).extracting(EntryProduct::top).containsExactly(false, false);
    }

    @Test
    void perCategory() throws Exception {
        List<EntryProduct> e = read(ItemLevel.CATEGORY, 3, 10).entries();
        assertThat(e).extracting(EntryProduct::item, EntryProduct::customers)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cups", 2L), org.assertj.core.groups.Tuple.tuple("tea", 3L));
    }

    @Test
    void sortableWithUndefinedValuesLast() throws Exception {
        EntryProducts e = read(ItemLevel.PRODUCT, 3, 10);
        assertThat(e.sorted(EntrySort.CUSTOMERS, true)).extracting(EntryProduct::item).containsExactly("P1", "P2");
        assertThat(e.sorted(EntrySort.DAYS_TO_SECOND, false)).extracting(EntryProduct::item).containsExactly("P2", "P1");
        assertThat(e.sorted(EntrySort.LTV12, true)).extracting(EntryProduct::item).containsExactly("P2", "P1");
        shop.order("n1", "N", "2024-12-30 10:00", "P9:10");
        EntryProducts withNew = read(ItemLevel.PRODUCT, 3, 10);
        assertThat(withNew.sorted(EntrySort.F2_90, false)).extracting(EntryProduct::item).containsExactly("P1", "P2", "P9");
        assertThat(withNew.sorted(EntrySort.F2_90, true)).extracting(EntryProduct::item).containsExactly("P2", "P1", "P9");
    }
}
