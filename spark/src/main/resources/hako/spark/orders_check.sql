-- What the job checks in its input (the view orders) before computing: the number of orders, the first
-- and last order date, missing values per column, and order ids that appear more than once (how many,
-- and one of them, the smallest, with its count). Spark SQL.
WITH totals AS (
    SELECT count(*) AS orders, min(order_date) AS first_date, max(order_date) AS last_date,
           count_if(order_id IS NULL) AS no_order_id, count_if(order_date IS NULL) AS no_order_date,
           count_if(amount IS NULL) AS no_amount, count_if(cancelled IS NULL) AS no_cancelled
    FROM orders
),
repeated AS (
    SELECT count(*) AS ids, min(order_id) AS example, min_by(n, order_id) AS example_count
    FROM (SELECT order_id, count(*) AS n FROM orders WHERE order_id IS NOT NULL GROUP BY order_id HAVING count(*) > 1)
)
SELECT orders, first_date, last_date, no_order_id, no_order_date, no_amount, no_cancelled, ids, example, example_count
FROM totals CROSS JOIN repeated
