-- Everything the safety rules check at send time for the claimed messages (status 'sending': one sender
-- runs at a time, so these are the current batch), or for one of them when outbox_id is given: the
-- trigger (cancelled?), the customer's addresses and consents as they are now, unsubscribes, and the
-- last automated message sent to the customer on the same channel. Parameters: outbox_id or NULL (twice).
WITH claimed AS (
    SELECT * FROM outbox WHERE status = 'sending' AND (?::VARCHAR IS NULL OR outbox_id = ?)
), recipients AS (
    SELECT * FROM customers WHERE customer_id IN (SELECT customer_id FROM claimed)
    QUALIFY row_number() OVER (PARTITION BY customer_id ORDER BY import_id DESC) = 1
), last_sent AS (
    SELECT customer_id, channel, max(sent_at) AS last_sent FROM outbox
    WHERE status = 'sent' AND customer_id IN (SELECT customer_id FROM claimed)
    GROUP BY customer_id, channel
)
SELECT o.outbox_id, o.trigger_id, o.customer_id, o.scenario, o.channel, o.attempts,
       t.step, t.cancelled_at IS NOT NULL AS cancelled, t.cancel_reason,
       c.customer_id IS NOT NULL AS known, c.name, c.email, c.line_user_id,
       coalesce(c.consent_email, false) AS consent_email, coalesce(c.consent_line, false) AS consent_line,
       EXISTS (SELECT 1 FROM unsubscribes u WHERE u.channel = 'email' AND u.address = lower(trim(c.email)))
           AS email_unsubscribed,
       EXISTS (SELECT 1 FROM unsubscribes u WHERE u.channel = 'line' AND u.address = c.line_user_id)
           AS line_unsubscribed,
       l.last_sent
FROM claimed o
JOIN automation_triggers t ON t.trigger_id = o.trigger_id
LEFT JOIN recipients c ON c.customer_id = o.customer_id
LEFT JOIN last_sent l ON l.customer_id = o.customer_id AND l.channel = o.channel
