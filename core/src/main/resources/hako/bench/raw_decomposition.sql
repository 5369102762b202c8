SELECT date_trunc('month', order_date) AS month, count(DISTINCT customer_id), count(*), sum(amount)
FROM orders WHERE NOT cancelled AND amount > 0 AND customer_id IS NOT NULL AND order_date <= ?
GROUP BY ALL
