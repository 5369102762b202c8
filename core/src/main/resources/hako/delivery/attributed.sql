-- Orders attributed to messages: a purchase (not cancelled, amount > 0) is attributed to the last
-- automated message sent to its customer before it, when it came within the attribution window after
-- that message. Orders keep shop-local times; sent_at is UTC, converted with the shop's zone.
-- Parameters: zone, attribution days. Defines the CTE attributed(order_id, amount, outbox_id).
WITH sent AS (
    SELECT outbox_id, customer_id, timezone(?, timezone('UTC', sent_at)) AS sent_local
    FROM outbox WHERE status = 'sent'
), window_days AS (SELECT ?::INTEGER AS days
), candidates AS (
    SELECT p.order_id, p.amount, s.outbox_id,
           row_number() OVER (PARTITION BY p.order_id ORDER BY s.sent_local DESC, s.outbox_id DESC) AS latest
    FROM orders p
    JOIN sent s ON s.customer_id = p.customer_id
    WHERE NOT p.cancelled AND p.amount > 0
      AND p.ordered_at > s.sent_local
      AND p.ordered_at <= s.sent_local + to_days((SELECT days FROM window_days))
), attributed AS (
    SELECT order_id, amount, outbox_id FROM candidates WHERE latest = 1
)
