-- Everything the safety rules check at send time for the claimed messages (status 'sending': one sender
-- runs at a time, so these are the current batch), or for one of them when outbox_id is given: the
-- trigger (cancelled?), a purchase that ended it since it began, the customer's addresses and consents as
-- they are now, unsubscribes, the last automated message sent to the customer on the same channel, and
-- where the same trigger's message on the other channel is (for line-first / email-first).
-- Parameters: the shop's zone, outbox_id or NULL (twice).
WITH shop AS (
    SELECT ?::VARCHAR AS zone
), claimed AS (
    SELECT * FROM outbox WHERE status = 'sending' AND (?::VARCHAR IS NULL OR outbox_id = ?)
), recipients AS (
    SELECT * FROM customers WHERE customer_id IN (SELECT customer_id FROM claimed)
    QUALIFY row_number() OVER (PARTITION BY customer_id ORDER BY import_id DESC) = 1
), last_sent AS (
    SELECT customer_id, channel, max(sent_at) AS last_sent FROM outbox
    WHERE status = 'sent' AND customer_id IN (SELECT customer_id FROM claimed)
    GROUP BY customer_id, channel
), other AS (
    SELECT trigger_id, channel, status, reason, next_attempt_at FROM outbox
    WHERE trigger_id IN (SELECT trigger_id FROM claimed)
), began AS (
    -- When what the message answers began, in shop time (orders keep shop time): the cart's first
    -- add_to_cart, the product view that completed the interest, the order recommended after; the
    -- decision if that is not found. The scenario decided with no purchase since then.
    SELECT t.trigger_id, t.scenario, t.customer_id, t.trigger_key, t.items,
           CASE WHEN t.scenario = 'recommendation'
                THEN coalesce((SELECT min(o.ordered_at) FROM orders o WHERE o.order_id = t.trigger_key),
                              timezone((SELECT zone FROM shop), timezone('UTC', t.decided_at)))
                ELSE timezone((SELECT zone FROM shop), timezone('UTC', coalesce(
                         (SELECT min(e.occurred_at) FROM events e WHERE e.event_id = t.trigger_key), t.decided_at)))
           END AS began_local
    FROM automation_triggers t
    WHERE t.trigger_id IN (SELECT trigger_id FROM claimed)
), ended AS (
    -- The first purchase since then that ends it: any purchase ends a cart and supersedes a
    -- recommendation (the later order anchors its own); browse retargeting ends with a purchase of a
    -- product it is about.
    SELECT b.trigger_id, min(o.ordered_at) AS purchased_local, arg_min(o.order_id, o.ordered_at) AS purchase_order
    FROM began b
    JOIN orders o ON o.customer_id = b.customer_id
    WHERE NOT o.cancelled AND o.amount > 0 AND o.ordered_at > b.began_local
      AND o.ordered_at > (SELECT min(began_local) FROM began)   -- lets DuckDB skip old row groups
      AND (b.scenario <> 'browse_retargeting'
           OR EXISTS (SELECT 1 FROM order_lines l
                      WHERE l.order_id = o.order_id
                        AND list_contains(json_extract_string(b.items, '$[*].product_code'), l.product_code)))
    GROUP BY b.trigger_id
)
SELECT o.outbox_id, o.trigger_id, o.customer_id, o.scenario, o.channel, o.attempts,
       t.step, t.cancelled_at IS NOT NULL AS cancelled, t.cancel_reason,
       p.purchased_local, p.purchase_order,
       c.customer_id IS NOT NULL AS known, c.name, c.email, c.line_user_id,
       coalesce(c.consent_email, false) AS consent_email, coalesce(c.consent_line, false) AS consent_line,
       EXISTS (SELECT 1 FROM unsubscribes u WHERE u.channel = 'email' AND u.address = lower(trim(c.email)))
           AS email_unsubscribed,
       EXISTS (SELECT 1 FROM unsubscribes u WHERE u.channel = 'line' AND u.address = c.line_user_id)
           AS line_unsubscribed,
       l.last_sent,
       x.status AS other_status, x.reason AS other_reason, x.next_attempt_at AS other_next
FROM claimed o
JOIN automation_triggers t ON t.trigger_id = o.trigger_id
LEFT JOIN ended p ON p.trigger_id = o.trigger_id
LEFT JOIN recipients c ON c.customer_id = o.customer_id
LEFT JOIN last_sent l ON l.customer_id = o.customer_id AND l.channel = o.channel
LEFT JOIN other x ON x.trigger_id = o.trigger_id AND x.channel <> o.channel
