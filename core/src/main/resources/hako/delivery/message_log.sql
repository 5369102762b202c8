-- A customer's automated messages, newest first. Parameters after attributed.sql's: customer, limit.
SELECT o.outbox_id, coalesce(o.sent_at, o.claimed_at, o.next_attempt_at) AS happened_at, o.scenario, o.channel, o.status, o.reason,
       EXISTS (SELECT 1 FROM message_clicks k WHERE k.outbox_id = o.outbox_id) AS clicked,
       EXISTS (SELECT 1 FROM attributed a WHERE a.outbox_id = o.outbox_id) AS converted
FROM outbox o
WHERE o.customer_id = ?
ORDER BY happened_at DESC, o.outbox_id
LIMIT ?
