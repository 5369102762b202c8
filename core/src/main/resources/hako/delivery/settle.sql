-- Records the outcome of a claimed message. Parameters: status, reason, next_attempt_at, sent_at,
-- address, attempts adjustment (-1 when a postponement should not count as an attempt), outbox_id.
UPDATE outbox SET status = ?, reason = ?, next_attempt_at = coalesce(?, next_attempt_at),
                  sent_at = ?, address = coalesce(?, address), attempts = attempts + ?
WHERE outbox_id = ? AND status = 'sending'
