-- Records the outcomes of claimed messages, given as rows of settled(outbox_id, status, reason,
-- next_attempt_at, sent_at, address, attempts adjustment: -1 when a postponement should not count as an
-- attempt). The VALUES rows follow this text, one (?, ?, ?, ?, ?, ?, ?) per message.
UPDATE outbox SET status = s.status, reason = s.reason, next_attempt_at = coalesce(s.next_at, outbox.next_attempt_at),
                  sent_at = s.sent_at, address = coalesce(s.address, outbox.address), attempts = outbox.attempts + s.adjust
FROM (SELECT * FROM (VALUES
