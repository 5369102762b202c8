-- A customer-list page sorted by predicted CLV, by hand: how many churn-prevention customers, and the 50 with the
-- highest 365-day CLV (customers without scores last), with their names.
SELECT count(*) FROM customer_metrics WHERE as_of = ? AND stage = 'churn_prevention';
SELECT m.customer_id, c.name, m.frequency, m.monetary, m.recency_days, m.rank, s.p_alive, s.clv_365
FROM customer_metrics m
LEFT JOIN clv_scores s ON s.as_of = m.as_of AND s.customer_id = m.customer_id
LEFT JOIN customers c ON c.customer_id = m.customer_id
WHERE m.as_of = ? AND m.stage = 'churn_prevention'
ORDER BY s.clv_365 DESC NULLS LAST, m.rank LIMIT 50;
