-- The snapshot stored at hako_as_of back as the connection's hako_customer_metrics (the table metrics.sql
-- leaves), for a snapshot that must not be recomputed: one imported from the Spark job.
CREATE OR REPLACE TEMP TABLE hako_customer_metrics AS
SELECT customer_id, frequency, monetary, first_purchase, last_purchase, tenure_days, recency_days, rank, tier,
       cluster, stage
FROM customer_metrics
WHERE as_of = getvariable('hako_as_of')
ORDER BY rank;
