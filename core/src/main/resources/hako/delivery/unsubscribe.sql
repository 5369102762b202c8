-- Records an unsubscribe for the address a message went to (or would go to). Parameters: at, outbox_id.
INSERT INTO unsubscribes (channel, address, customer_id, outbox_id, unsubscribed_at)
SELECT o.channel,
       CASE o.channel WHEN 'email' THEN lower(trim(coalesce(o.address, c.email))) ELSE coalesce(o.address, c.line_user_id) END,
       o.customer_id, o.outbox_id, ?
FROM outbox o
LEFT JOIN customers c ON c.customer_id = o.customer_id
WHERE o.outbox_id = ?
  AND CASE o.channel WHEN 'email' THEN coalesce(o.address, c.email) ELSE coalesce(o.address, c.line_user_id) END IS NOT NULL
LIMIT 1
ON CONFLICT DO NOTHING
