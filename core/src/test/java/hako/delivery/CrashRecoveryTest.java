package hako.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hako.store.ShopDatabase;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;

/**
 * The sender stops at each point of a send (before it, after the server accepted it but before the
 * outcome was recorded, after the outcome was recorded, thread interrupted) and a new sender takes over:
 * nothing is lost, and nothing reaches a customer twice — except the one email in flight when a crash
 * hits between the SMTP server's acceptance and the sender's note of it, which goes again with the same
 * Message-ID. Outcomes noted in the sent journal but not yet committed are recovered from it.
 */
class CrashRecoveryTest {

    static final int CUSTOMERS = 30;

    Connection db;
    Channels channels;
    TestClock clock = new TestClock(DelivererTest.MORNING);

    /** Thrown by the crashing sender: stands for the process dying at that point. */
    static final class SimulatedCrash extends Error {
    }

    @TempDir
    Path dir;

    @BeforeEach
    void shop() throws Exception {
        db = ShopDatabase.open(dir.resolve("shop.duckdb"));
        channels = new Channels();
        for (int i = 0; i < CUSTOMERS; i++) {
            Shop.customer(db, "K" + i, "客" + i, "k" + i + "@example.jp", true, "U-" + i, true);
            Shop.trigger(db, "cart_abandonment", "K" + i, "cart", 1, clock.instant());
        }
    }

    @AfterEach
    void close() throws Exception {
        channels.close();
        db.close();
    }

    @Test
    void aCrashBeforeTheNthSendLosesNothingAndDuplicatesNothing() throws Exception {
        crashAt(17, false, false);

        DeliveryReport after = restart();

        assertThat(after.recovered()).isPositive();
        assertExactlyOnce(0);
    }

    @Test
    void aCrashAfterTheNthSendWasNotedButBeforeItsCommitLosesNothingAndDuplicatesNothing() throws Exception {
        crashAt(17, true, true);

        restart();

        assertExactlyOnce(0);
    }

    @Test
    void aCrashBetweenAcceptanceAndTheNoteResendsOnlyThatMessageWithTheSameKeys() throws Exception {
        crashAt(17, true, false);

        restart();

        assertExactlyOnce(1);
    }

    @Test
    void aLinePushResentAfterACrashIsRefusedByItsRetryKey() throws Exception {
        crashAt(18, true, false);

        restart();

        assertExactlyOnce(0);
        assertThat(channels.line.requests()).filteredOn(r -> !r.delivered()).hasSize(1);
    }

    @Test
    void anInterruptedSenderStopsBetweenMessagesAndTheNextRoundFinishes() throws Exception {
        AtomicInteger sends = new AtomicInteger();
        Map<Channel, ChannelSender> senders = wrap(real -> new ChannelSender() {
            @Override
            public Outcome send(OutboxMessage m, String address, MessageRenderer.Rendered r) {
                Outcome o = real.send(m, address, r);
                if (sends.incrementAndGet() == 11) {
                    Thread.currentThread().interrupt();
                }
                return o;
            }

            @Override
            public void close() {
                real.close();
            }
        });
        DeliveryReport first;
        try (Deliverer d = new Deliverer(db, Shop.SETTINGS, Shop.SECRET, senders, clock, clock)) {
            first = d.run();
        } finally {
            Thread.interrupted();
        }
        assertThat(first.interrupted()).isTrue();
        assertThat(first.sent()).isEqualTo(11);

        restart();

        assertExactlyOnce(0);
    }

    /** Runs a sender that dies at the {@code n}-th send: before it, or after it with or without the outcome recorded. */
    void crashAt(int n, boolean afterSend, boolean afterRecord) throws Exception {
        AtomicInteger sends = new AtomicInteger();
        AtomicInteger recorded = new AtomicInteger();
        Map<Channel, ChannelSender> senders = wrap(real -> new ChannelSender() {
            @Override
            public Outcome send(OutboxMessage m, String address, MessageRenderer.Rendered r) {
                if (afterRecord && recorded.get() == n) {
                    throw new SimulatedCrash();
                }
                if (!afterSend && sends.get() == n - 1) {
                    throw new SimulatedCrash();
                }
                Outcome o = real.send(m, address, r);
                if (afterSend && !afterRecord && sends.incrementAndGet() == n) {
                    throw new SimulatedCrash();
                }
                if (!afterSend) {
                    sends.incrementAndGet();
                }
                recorded.incrementAndGet();
                return o;
            }

            @Override
            public void close() {
                real.close();
            }
        });
        try (Deliverer d = new Deliverer(db, Shop.SETTINGS, Shop.SECRET, senders, clock, clock)) {
            assertThatThrownBy(d::run).isInstanceOf(SimulatedCrash.class);
        }
    }

    DeliveryReport restart() throws Exception {
        try (Deliverer d = new Deliverer(db, Shop.SETTINGS, channels.config(), clock, clock)) {
            return d.run();
        }
    }

    Map<Channel, ChannelSender> wrap(Function<ChannelSender, ChannelSender> crashing) {
        Map<Channel, ChannelSender> m = new EnumMap<>(Channel.class);
        m.put(Channel.EMAIL, crashing.apply(new SmtpSender(channels.config().smtp().orElseThrow(),
                Shop.SETTINGS.delivery(), clock)));
        m.put(Channel.LINE, crashing.apply(new LineSender(channels.config().line().orElseThrow())));
        return m;
    }

    /** Every customer got one LINE push and one email; {@code resentEmails} emails arrived twice, same Message-ID. */
    void assertExactlyOnce(int resentEmails) throws Exception {
        assertThat(channels.line.delivered()).hasSize(CUSTOMERS);
        assertThat(channels.line.delivered().stream().map(LineStub.Request::retryKey).distinct()).hasSize(CUSTOMERS);
        Map<String, Long> byId = countByMessageId(channels.mails());
        assertThat(byId).hasSize(CUSTOMERS);
        assertThat(byId.values().stream().filter(n -> n > 1)).hasSize(resentEmails).allMatch(n -> n == 2);
        for (int i = 0; i < CUSTOMERS; i++) {
            String trigger = "cart_abandonment:K" + i + ":cart:1";
            assertThat(byId).containsKey("<" + OutboxMessage.idempotencyKey(OutboxMessage.id(trigger, Channel.EMAIL))
                    + "@hako.example>");
            assertThat(Shop.status(db, OutboxMessage.id(trigger, Channel.EMAIL))).isEqualTo("sent");
            assertThat(Shop.status(db, OutboxMessage.id(trigger, Channel.LINE))).isEqualTo("sent");
        }
    }

    static Map<String, Long> countByMessageId(List<MimeMessage> mails) throws MessagingException {
        List<String> ids = new ArrayList<>();
        for (MimeMessage m : mails) {
            ids.add(m.getMessageID());
        }
        return ids.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
