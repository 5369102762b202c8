WITH p AS (SELECT customer_id, order_id, order_date, amount FROM orders
           WHERE NOT cancelled AND amount > 0 AND customer_id IS NOT NULL AND order_date <= ?)
SELECT count(*) FILTER (WHERE f = 1), count(*) FILTER (WHERE recent >= 6)
FROM (SELECT customer_id, count(*) AS f, count(*) FILTER (WHERE order_date > DATE '2024-01-01') AS recent FROM p GROUP BY ALL)
