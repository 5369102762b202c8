package hako.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hako.store.ShopDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Group commit: every batch is acknowledged once committed, a failed commit fails all its batches and stores nothing. */
class EventWriterTest {

    static final Clock CLOCK = Clock.fixed(EventStoreTest.NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void batchesSubmittedTogetherAreEachAcknowledgedAndStored() throws Exception {
        List<EventsStored> commits = new CopyOnWriteArrayList<>();
        try (Connection c = ShopDatabase.open(dir.resolve("shop.duckdb"))) {
            List<CompletableFuture<Stored>> acks = new ArrayList<>();
            try (EventWriter w = new EventWriter(c, EventStoreTest.TOKYO, CLOCK, commits::add, 10_000)) {
                for (int b = 0; b < 50; b++) {
                    acks.add(w.submit(List.of(EventStoreTest.view("w" + b + "a", "v" + b, "P1"),
                            EventStoreTest.view("w" + b + "b", "v" + b, "P2"))));
                }
                acks.add(w.submit(List.of(EventStoreTest.view("w0a", "v0", "P1"))));
                for (int b = 0; b < 50; b++) {
                    assertThat(acks.get(b).get()).isEqualTo(new Stored(2, 0));
                }
                assertThat(acks.get(50).get()).as("sent again").isEqualTo(new Stored(1, 1));
            }
            assertThat(count(c, "SELECT count(*) FROM events")).isEqualTo(100);
            assertThat(commits.stream().mapToLong(EventsStored::events).sum()).isEqualTo(100);
            assertThat(commits.size()).as("grouped into fewer commits than batches").isLessThanOrEqualTo(51);
        }
    }

    @Test
    void aFailedCommitFailsEveryBatchInItAndStoresNothingOfThem() throws Exception {
        try (Connection c = ShopDatabase.open(dir.resolve("shop.duckdb"))) {
            try (Statement s = c.createStatement()) {
                // Purchases then cannot make their new customers: the commit fails after the events were inserted.
                s.execute("ALTER TABLE customers RENAME TO customers_elsewhere");
            }
            CompletableFuture<Stored> views;
            CompletableFuture<Stored> purchase;
            try (EventWriter w = new EventWriter(c, EventStoreTest.TOKYO, CLOCK, s -> { }, 10_000)) {
                views = w.submit(List.of(EventStoreTest.view("f1", "v1", "P1"), EventStoreTest.identify("v1", "C1")));
                purchase = w.submit(List.of(EventStoreTest.purchase("f2", "v1", "C1", "A1", "P1", "500", 1)));
                assertThatThrownBy(purchase::get).isInstanceOf(ExecutionException.class);
                if (!views.isCompletedExceptionally()) {
                    // The views made it into a commit of their own before the purchase arrived.
                    assertThat(views.get()).isEqualTo(new Stored(2, 0));
                }
            }
            long viewsStored = views.isCompletedExceptionally() ? 0 : 1;
            assertThat(count(c, "SELECT count(*) FROM events")).isEqualTo(viewsStored);
            assertThat(count(c, "SELECT count(*) FROM events WHERE type = 'purchase'")).isZero();
            assertThat(count(c, "SELECT count(*) FROM orders")).isZero();
            assertThat(count(c, "SELECT count(*) FROM visitor_customers")).isEqualTo(viewsStored);
        }
    }

    @Test
    void moreEventsThanMayWaitAreRefusedNotQueued() throws Exception {
        try (Connection c = ShopDatabase.open(dir.resolve("shop.duckdb"));
             EventWriter w = new EventWriter(c, EventStoreTest.TOKYO, CLOCK, s -> { }, 2)) {
            List<SiteEvent> three = List.of(EventStoreTest.view("o1", "v", "P"), EventStoreTest.view("o2", "v", "P"),
                    EventStoreTest.view("o3", "v", "P"));

            assertThatThrownBy(() -> w.submit(three)).isInstanceOf(EventWriter.Overloaded.class)
                    .hasMessageContaining("more than 2 events");
            assertThat(w.submit(three.subList(0, 2)).get()).isEqualTo(new Stored(2, 0));
            assertThat(count(c, "SELECT count(*) FROM events")).isEqualTo(2);
        }
    }

    static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
