package hako.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import hako.store.ShopDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sender in a second JVM is killed (destroyForcibly, no shutdown hooks) in the middle of a batch; a new
 * sender on the same database file finishes the job. Every customer gets exactly one LINE push; every
 * email arrives, and at most the one email the dead process had in flight arrives twice, with the
 * same Message-ID.
 */
class KilledSenderTest {

    static final int CUSTOMERS = 150;

    @TempDir
    Path dir;

    @Test
    void aSenderKilledMidBatchIsFinishedByTheNextWithoutLossOrDuplicates() throws Exception {
        Path file = dir.resolve("shop.duckdb");
        java.time.Instant due = Clock.systemUTC().instant().minusSeconds(60);
        try (Connection c = ShopDatabase.open(file)) {
            for (int i = 0; i < CUSTOMERS; i++) {
                Shop.customer(c, "K" + i, "客" + i, "k" + i + "@example.jp", true, "U-" + i, true);
                Shop.trigger(c, "recommendation", "K" + i, "o" + i, 1, due);
            }
        }
        try (Channels channels = new Channels()) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    SenderProcess.class.getName(), file.toString(), Integer.toString(channels.smtp.getSmtp().getPort()),
                    channels.line.baseUrl()).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile())
                    .start();
            assertThat(channels.smtp.waitForIncomingEmail(60_000, 40)).isTrue();
            assertThat(child.isAlive()).as("still sending when killed; log: %s", Files.readString(dir.resolve("child.log")))
                    .isTrue();
            child.destroyForcibly().waitFor();

            Set<String> inFlight = new HashSet<>();
            DeliveryReport after;
            try (Connection c = ShopDatabase.open(file)) {
                try (var s = c.createStatement(); var r = s.executeQuery(
                        "SELECT outbox_id FROM outbox WHERE status = 'sending' AND channel = 'email'")) {
                    while (r.next()) {
                        inFlight.add("<" + OutboxMessage.idempotencyKey(r.getString(1)) + "@hako.example>");
                    }
                }
                try (Deliverer d = new Deliverer(c, Shop.ALWAYS_OPEN, channels.config(), Clock.systemUTC(), Sleeper.REAL)) {
                    after = d.run();
                }
                try (var s = c.createStatement(); var r = s.executeQuery(
                        "SELECT count(*) FILTER (WHERE status = 'sent'), count(*) FROM outbox")) {
                    r.next();
                    assertThat(r.getLong(1)).isEqualTo(r.getLong(2)).isEqualTo(2L * CUSTOMERS);
                }
            }
            assertThat(after.recovered()).isPositive();
            assertThat(channels.line.delivered()).hasSize(CUSTOMERS);
            Map<String, Long> byId = CrashRecoveryTest.countByMessageId(channels.mails());
            assertThat(byId).hasSize(CUSTOMERS);
            Set<String> twice = new HashSet<>();
            byId.forEach((id, n) -> {
                if (n > 1) {
                    twice.add(id);
                }
            });
            assertThat(twice).hasSizeLessThanOrEqualTo(1);
            assertThat(inFlight).containsAll(twice);
            assertThat(byId.values()).allMatch(n -> n <= 2);
        }
    }
}
