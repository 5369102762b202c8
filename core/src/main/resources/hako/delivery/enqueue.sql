-- Every due, uncancelled trigger gets one outbox row per channel; a row that exists is left alone
-- (the unique key), so enqueuing again adds nothing. Only the configured channels get rows.
-- Parameters: now, now, 'email' or NULL, 'line' or NULL.
INSERT INTO outbox (outbox_id, trigger_id, customer_id, scenario, channel, status, reason, attempts,
                    next_attempt_at, enqueued_at, claimed_at, sent_at, address)
SELECT t.trigger_id || '/' || ch.channel, t.trigger_id, t.customer_id, t.scenario, ch.channel, 'pending', NULL, 0,
       t.due_at, ?, NULL, NULL, NULL
FROM automation_triggers t
CROSS JOIN (VALUES ('email'), ('line')) AS ch(channel)
WHERE t.due_at <= ?
  AND t.cancelled_at IS NULL
  AND ch.channel IN (?, ?)
  AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.trigger_id = t.trigger_id AND o.channel = ch.channel)
ON CONFLICT DO NOTHING
