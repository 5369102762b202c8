-- A customer-list search by hand: how many customers have 中山 in their id, name or email, and the first 50 of
-- them in rank order, with their names.
SELECT count(*) FROM customer_metrics m LEFT JOIN customers c ON c.customer_id = m.customer_id
WHERE m.as_of = ? AND (contains(lower(m.customer_id), '中山') OR contains(lower(c.name), '中山')
                       OR contains(lower(c.email), '中山'));
SELECT m.customer_id, c.name, m.frequency, m.monetary, m.recency_days, m.rank
FROM customer_metrics m LEFT JOIN customers c ON c.customer_id = m.customer_id
WHERE m.as_of = ? AND (contains(lower(m.customer_id), '中山') OR contains(lower(c.name), '中山')
                       OR contains(lower(c.email), '中山'))
ORDER BY m.rank LIMIT 50;
