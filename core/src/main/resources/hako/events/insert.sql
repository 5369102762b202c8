-- The intake's events (identify is only a link) as received now; import_id for a CSV's events.
INSERT INTO events
SELECT event_id, ?, occurred_at, type, visitor_id, customer_id, product_code, product_name, price, quantity, order_id,
       url, CAST(? AS INTEGER)
FROM hako_event_intake
WHERE type <> 'identify'
ORDER BY seq
