WITH p AS (SELECT customer_id, date_trunc('month', order_date) AS month, amount FROM orders
           WHERE NOT cancelled AND amount > 0 AND customer_id IS NOT NULL AND order_date <= ?),
f AS (SELECT customer_id, min(month) AS cohort FROM p GROUP BY customer_id)
SELECT cohort, date_diff('month', cohort, month) AS k, count(DISTINCT customer_id), sum(amount)
FROM p JOIN f USING (customer_id) GROUP BY ALL
