package hako.delivery;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** One claimed outbox row: a message for one customer on one channel for one trigger. */
public record OutboxMessage(String outboxId, String triggerId, String customerId, String scenario, Channel channel,
                            int attempts) {

    /** The outbox id of {@code triggerId}'s message on {@code channel}. */
    public static String id(String triggerId, Channel channel) {
        return triggerId + "/" + channel.key();
    }

    /**
     * The message's idempotency key: a name-based UUID of the outbox id, the same on every resend. It is
     * LINE's {@code X-Line-Retry-Key} and the local part of the email's Message-ID.
     */
    public static UUID idempotencyKey(String outboxId) {
        return UUID.nameUUIDFromBytes(("hako-outbox:" + outboxId).getBytes(StandardCharsets.UTF_8));
    }

    public UUID idempotencyKey() {
        return idempotencyKey(outboxId);
    }
}
