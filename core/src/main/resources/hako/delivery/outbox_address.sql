SELECT o.channel,
       CASE o.channel WHEN 'email' THEN lower(trim(coalesce(o.address, c.email))) ELSE coalesce(o.address, c.line_user_id) END
           AS address,
       EXISTS (SELECT 1 FROM unsubscribes u WHERE u.channel = o.channel AND u.address =
           CASE o.channel WHEN 'email' THEN lower(trim(coalesce(o.address, c.email))) ELSE coalesce(o.address, c.line_user_id) END)
           AS unsubscribed
FROM outbox o
LEFT JOIN customers c ON c.customer_id = o.customer_id
WHERE o.outbox_id = ?
LIMIT 1
