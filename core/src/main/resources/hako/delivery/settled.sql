-- The outcomes of claimed messages on their way to the outbox (see settle.sql). adjust: -1 when a
-- postponement should not count as an attempt.
CREATE OR REPLACE TEMP TABLE settled (seq INTEGER, outbox_id VARCHAR, status VARCHAR, reason VARCHAR,
    next_at TIMESTAMP, sent_at TIMESTAMP, address VARCHAR, adjust INTEGER, logged_at TIMESTAMP, event VARCHAR,
    detail VARCHAR)
