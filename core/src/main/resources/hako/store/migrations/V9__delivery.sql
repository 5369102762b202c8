-- Delivery of the automations' messages (hako.delivery): the outbox that makes every message go out
-- exactly once per channel, what happened to each (log), unsubscribes and clicks. Times are UTC instants.

-- One message to one customer on one channel for one automation trigger. The unique key
-- (customer_id, scenario, trigger_id, channel) makes enqueuing again add nothing.
-- status: pending (waiting for next_attempt_at), sending (claimed by a sender: the outcome is not yet
-- recorded), sent, failed (permanent failure or retries used up), skipped (consent, unsubscribe,
-- frequency cap, cancelled trigger, channel preference). The email Message-ID and the LINE
-- X-Line-Retry-Key are derived from outbox_id (a name-based UUID), so a resend carries the same ones.
CREATE TABLE outbox (
    outbox_id       VARCHAR NOT NULL,   -- trigger_id + '/' + channel
    trigger_id      VARCHAR NOT NULL,
    customer_id     VARCHAR NOT NULL,
    scenario        VARCHAR NOT NULL,
    channel         VARCHAR NOT NULL,   -- email, line
    status          VARCHAR NOT NULL,
    reason          VARCHAR,            -- why skipped or failed
    attempts        INTEGER NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    enqueued_at     TIMESTAMP NOT NULL,
    claimed_at      TIMESTAMP,
    sent_at         TIMESTAMP,
    address         VARCHAR,            -- the email address or LINE user id it went to
    PRIMARY KEY (outbox_id),
    UNIQUE (customer_id, scenario, trigger_id, channel)
);

-- Everything that happened to an outbox message, in order: claimed, sent, postponed (quiet hours),
-- retry scheduled, skipped, failed, recovered after a crash.
CREATE TABLE delivery_log (
    outbox_id  VARCHAR NOT NULL,
    logged_at  TIMESTAMP NOT NULL,
    event      VARCHAR NOT NULL,
    detail     VARCHAR
);

-- An address that asked for no more automated messages on a channel. Checked at send time.
CREATE TABLE unsubscribes (
    channel          VARCHAR NOT NULL,
    address          VARCHAR NOT NULL,
    customer_id      VARCHAR,
    outbox_id        VARCHAR,          -- the message whose link was used
    unsubscribed_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (channel, address)
);

-- A tracked link followed (/t/{token}).
CREATE TABLE message_clicks (
    outbox_id   VARCHAR NOT NULL,
    clicked_at  TIMESTAMP NOT NULL,
    target      VARCHAR NOT NULL
);
