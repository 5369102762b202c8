-- A customer-list page filtered by the CLV scores, by hand: how many customers have a high churn risk, and the
-- first 50 of them in rank order, with their names and scores.
SELECT count(*) FROM customer_metrics m JOIN clv_scores s ON s.as_of = m.as_of AND s.customer_id = m.customer_id
WHERE m.as_of = ? AND s.churn_risk = 'high';
SELECT m.customer_id, c.name, m.frequency, m.monetary, m.recency_days, m.rank, s.p_alive, s.clv_365
FROM customer_metrics m
JOIN clv_scores s ON s.as_of = m.as_of AND s.customer_id = m.customer_id
LEFT JOIN customers c ON c.customer_id = m.customer_id
WHERE m.as_of = ? AND s.churn_risk = 'high'
ORDER BY m.rank LIMIT 50;
