-- Everything the safety rules check at send time for one outbox message: the trigger (cancelled?),
-- the customer's addresses and consents as they are now, unsubscribes, and the last automated message
-- sent to the customer on the same channel. Parameter: outbox_id.
SELECT o.outbox_id, o.trigger_id, o.customer_id, o.scenario, o.channel, o.attempts,
       t.step, t.cancelled_at IS NOT NULL AS cancelled, t.cancel_reason,
       c.customer_id IS NOT NULL AS known, c.name, c.email, c.line_user_id,
       coalesce(c.consent_email, false) AS consent_email, coalesce(c.consent_line, false) AS consent_line,
       EXISTS (SELECT 1 FROM unsubscribes u WHERE u.channel = 'email' AND u.address = lower(trim(c.email)))
           AS email_unsubscribed,
       EXISTS (SELECT 1 FROM unsubscribes u WHERE u.channel = 'line' AND u.address = c.line_user_id)
           AS line_unsubscribed,
       (SELECT max(s.sent_at) FROM outbox s
        WHERE s.customer_id = o.customer_id AND s.channel = o.channel AND s.status = 'sent') AS last_sent
FROM outbox o
JOIN automation_triggers t ON t.trigger_id = o.trigger_id
LEFT JOIN (SELECT * FROM customers WHERE customer_id = (SELECT customer_id FROM outbox WHERE outbox_id = ?) LIMIT 1) c
       ON c.customer_id = o.customer_id
WHERE o.outbox_id = ?
