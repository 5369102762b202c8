-- The customer table, in rank order.
SELECT customer_id, frequency, monetary, first_purchase, last_purchase, tenure_days, recency_days, rank,
       tier, cluster, stage
FROM hako_customer_metrics
ORDER BY rank
