WITH p AS (SELECT customer_id, order_id, order_date, ordered_at FROM orders
           WHERE NOT cancelled AND amount > 0 AND customer_id IS NOT NULL AND order_date <= ?),
f AS (SELECT customer_id, arg_min(order_id, (order_date, ordered_at, order_id)) AS first_order, min(order_date, 2) AS two
      FROM p GROUP BY customer_id)
SELECT l.product_code, count(DISTINCT f.customer_id), avg(date_diff('day', two[1], two[2]))
FROM f JOIN order_lines l ON l.order_id = f.first_order GROUP BY ALL
