-- Stores the appended events (hako_event_intake) in one transaction with everything they imply.
-- Variables: hako_received_at, hako_dedupe_from (events received since then are checked for a
-- resent id), hako_zone, hako_import_id (the import the purchases' orders and a CSV's events are
-- recorded under), hako_from_file (a CSV import: always recorded), hako_import_files.

-- A resent event (its id already stored recently, or earlier in this intake) is not stored again.
-- The stored events are probed against the intake's ids (the small side), only as far back as
-- hako_dedupe_from: events are appended in time order, so older row groups are skipped unread.
CREATE OR REPLACE TEMP TABLE hako_event_seen AS
SELECT DISTINCT e.event_id
FROM events e
SEMI JOIN hako_event_intake i ON i.event_id = e.event_id
WHERE e.received_at >= getvariable('hako_dedupe_from');

CREATE OR REPLACE TEMP TABLE hako_event_fresh AS
SELECT i.*,
       row_number() OVER (PARTITION BY i.event_id ORDER BY i.seq) > 1
       OR i.event_id IN (SELECT event_id FROM hako_event_seen) AS duplicate
FROM hako_event_intake i;

INSERT INTO events
SELECT event_id, getvariable('hako_received_at'), occurred_at, type, visitor_id, customer_id, product_code,
       product_name, price, quantity, order_id, url,
       CASE WHEN getvariable('hako_from_file') THEN getvariable('hako_import_id') END
FROM hako_event_fresh
WHERE NOT duplicate AND type <> 'identify'
ORDER BY seq;

-- A visitor seen with a customer id (login, purchase, any event of a known customer) is that customer.
INSERT INTO visitor_customers
SELECT f.visitor_id, f.customer_id, min(f.occurred_at)
FROM hako_event_fresh f
WHERE NOT f.duplicate AND f.customer_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM visitor_customers v WHERE v.visitor_id = f.visitor_id AND v.customer_id = f.customer_id)
GROUP BY f.visitor_id, f.customer_id;

-- Purchases make orders, unless the order is already there (an earlier event, or an order file,
-- which stays the authority): amount = sum of price × quantity, at the shop's local time.
CREATE OR REPLACE TEMP TABLE hako_event_orders AS
SELECT f.order_id,
       coalesce(min(f.customer_id), min(v.customer_id)) AS customer_id,
       timezone(getvariable('hako_zone'), timezone('UTC', min(f.occurred_at))) AS ordered_at,
       sum(f.price * f.quantity) AS amount
FROM hako_event_fresh f
LEFT JOIN visitor_customer v ON v.visitor_id = f.visitor_id
WHERE f.type = 'purchase' AND NOT f.duplicate
  AND f.order_id NOT IN (SELECT order_id FROM orders)
GROUP BY f.order_id;

INSERT INTO orders
SELECT order_id, customer_id, ordered_at, CAST(ordered_at AS DATE), CAST(amount AS DECIMAL(18, 2)), FALSE, 'event',
       getvariable('hako_import_id')
FROM hako_event_orders;

INSERT INTO order_lines
SELECT f.order_id, row_number() OVER (PARTITION BY f.order_id ORDER BY f.seq), f.product_code, f.product_name,
       CAST(f.quantity AS DECIMAL(18, 3)), f.price, CAST(f.price * f.quantity AS DECIMAL(18, 2))
FROM hako_event_fresh f
SEMI JOIN hako_event_orders o ON o.order_id = f.order_id
WHERE f.type = 'purchase' AND NOT f.duplicate;

-- A customer first met in a purchase joins the customers master with only an id; a customers
-- file import fills in the rest.
INSERT INTO customers (customer_id, import_id)
SELECT DISTINCT customer_id, getvariable('hako_import_id')
FROM hako_event_orders
WHERE customer_id IS NOT NULL AND customer_id NOT IN (SELECT customer_id FROM customers);

-- New orders change the shop's numbers: they are recorded as an import (the data version).
INSERT INTO imports
SELECT getvariable('hako_import_id'), 'events', getvariable('hako_import_files'),
       (SELECT count(*) FROM hako_event_fresh), (SELECT count(*) FROM hako_event_fresh WHERE NOT duplicate),
       current_timestamp::TIMESTAMP
WHERE getvariable('hako_from_file') OR EXISTS (SELECT 1 FROM hako_event_orders);
