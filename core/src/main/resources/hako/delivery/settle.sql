-- Records the outcomes appended to temp table settled: the outbox rows, then the log.
UPDATE outbox SET status = s.status, reason = s.reason, next_attempt_at = coalesce(s.next_at, outbox.next_attempt_at),
                  sent_at = s.sent_at, address = coalesce(s.address, outbox.address), attempts = outbox.attempts + s.adjust
FROM settled s
WHERE outbox.outbox_id = s.outbox_id AND outbox.status = 'sending';
INSERT INTO delivery_log (outbox_id, logged_at, event, detail)
SELECT outbox_id, logged_at, event, detail FROM settled ORDER BY seq
