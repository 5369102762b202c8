-- A customer-list page by hand: how many churn-prevention customers, and the first 50 in rank order.
SELECT count(*) FROM customer_metrics WHERE as_of = ? AND stage = 'churn_prevention';
SELECT m.customer_id, c.name, m.frequency, m.monetary, m.recency_days, m.rank
FROM customer_metrics m LEFT JOIN customers c ON c.customer_id = m.customer_id
WHERE m.as_of = ? AND m.stage = 'churn_prevention'
ORDER BY m.rank LIMIT 50;
