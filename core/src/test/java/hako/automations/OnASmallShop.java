package hako.automations;

import hako.testing.SmallShop;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** What every scenario test starts from: a fresh shop file, its site events and a clock at {@link #T0}. */
abstract class OnASmallShop {

    /** 10:00 in Tokyo. */
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    @TempDir
    Path dir;
    SmallShop shop;
    Connection c;
    SiteEvents site;
    MovableClock clock = new MovableClock(T0);

    @BeforeEach
    void openShop() throws Exception {
        shop = new SmallShop(dir.resolve("shop.duckdb"));
        c = shop.db();
        site = new SiteEvents(c);
    }

    @AfterEach
    void closeShop() throws Exception {
        shop.close();
    }
}
