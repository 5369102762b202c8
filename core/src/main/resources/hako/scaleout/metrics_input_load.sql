-- The Spark job's customer table (parameter: its Parquet files, a glob) in the types of customer_metrics,
-- after its columns were checked (metrics_input_columns.sql): integers widen to BIGINT, M with at most
-- two decimals to DECIMAL(18, 2), exactly.
CREATE OR REPLACE TEMP TABLE hako_metrics_input AS
SELECT customer_id, CAST(frequency AS BIGINT) AS frequency, CAST(monetary AS DECIMAL(18, 2)) AS monetary,
       first_purchase, last_purchase, CAST(tenure_days AS BIGINT) AS tenure_days,
       CAST(recency_days AS BIGINT) AS recency_days, CAST(rank AS BIGINT) AS rank, tier, cluster, stage
FROM read_parquet(?)
