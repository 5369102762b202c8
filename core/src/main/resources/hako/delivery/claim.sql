-- Claims up to ? pending messages whose time has come, oldest first: they become 'sending' (committed
-- before anything is sent). Parameters: claimed_at, now, limit.
UPDATE outbox SET status = 'sending', claimed_at = ?, attempts = attempts + 1
WHERE outbox_id IN (
    SELECT outbox_id FROM outbox
    WHERE status = 'pending' AND next_attempt_at <= ?
    ORDER BY next_attempt_at, outbox_id
    LIMIT ?)
RETURNING outbox_id, trigger_id, customer_id, scenario, channel, attempts
