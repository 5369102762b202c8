WITH p AS (SELECT customer_id, order_id, row_number() OVER (PARTITION BY customer_id ORDER BY order_date, ordered_at, order_id) AS step
           FROM orders WHERE NOT cancelled AND amount > 0 AND customer_id IS NOT NULL AND order_date <= ?
           QUALIFY step <= 4),
m AS (SELECT order_id, arg_max(product_code, amount) AS item FROM order_lines GROUP BY order_id)
SELECT step, item, count(*) FROM p JOIN m USING (order_id) GROUP BY ALL
