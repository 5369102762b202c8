package hako.delivery;

/** Sends rendered messages on one channel. Holds its connection between sends; {@link #close} ends it. */
interface ChannelSender extends AutoCloseable {

    Outcome send(OutboxMessage message, String address, MessageRenderer.Rendered rendered);

    @Override
    void close();
}
