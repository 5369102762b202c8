-- The columns of a member, joining the customers master only for the rows already chosen. The
-- inner SELECT (FROM/WHERE, ORDER BY, LIMIT) goes in the marked place below.
SELECT m.customer_id, c.name, c.email, m.frequency, m.monetary, m.first_purchase, m.last_purchase,
       m.tenure_days, m.recency_days, m.rank, m.tier, m.cluster, m.stage
FROM (:chosen) m
LEFT JOIN customers c ON c.customer_id = m.customer_id
