-- Purchases in the intake make orders, unless the order is already there (an earlier event, or an
-- order file, which stays the authority): amount = sum of price × quantity, at the shop's local time.
-- Variables: hako_zone, hako_import_id (the import the new orders are recorded under).
CREATE OR REPLACE TEMP TABLE hako_event_orders AS
SELECT f.order_id,
       coalesce(min(f.customer_id), min(v.customer_id)) AS customer_id,
       timezone(getvariable('hako_zone'), timezone('UTC', min(f.occurred_at))) AS ordered_at,
       sum(f.price * f.quantity) AS amount
FROM hako_event_intake f
LEFT JOIN visitor_customer v ON v.visitor_id = f.visitor_id
WHERE f.type = 'purchase' AND f.order_id NOT IN (SELECT order_id FROM orders)
GROUP BY f.order_id;

INSERT INTO orders
SELECT order_id, customer_id, ordered_at, CAST(ordered_at AS DATE), CAST(amount AS DECIMAL(18, 2)), FALSE, 'event',
       getvariable('hako_import_id')
FROM hako_event_orders;

INSERT INTO order_lines
SELECT f.order_id, row_number() OVER (PARTITION BY f.order_id ORDER BY f.seq), f.product_code, f.product_name,
       CAST(f.quantity AS DECIMAL(18, 3)), f.price, CAST(f.price * f.quantity AS DECIMAL(18, 2))
FROM hako_event_intake f
SEMI JOIN hako_event_orders o ON o.order_id = f.order_id
WHERE f.type = 'purchase';

-- A customer first met in a purchase joins the customers master with only an id; a customers
-- file import fills in the rest.
INSERT INTO customers (customer_id, import_id)
SELECT DISTINCT customer_id, getvariable('hako_import_id')
FROM hako_event_orders
WHERE customer_id IS NOT NULL AND customer_id NOT IN (SELECT customer_id FROM customers);
