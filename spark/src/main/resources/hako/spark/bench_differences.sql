-- Rows of the Spark job's customer table (parameter: its Parquet files) that the embedded engine's
-- (hako_customer_metrics) does not hold, and the other way round: 0 when the engines agree.
SELECT (SELECT count(*) FROM (SELECT * FROM read_parquet(?) EXCEPT ALL SELECT * FROM hako_customer_metrics))
     + (SELECT count(*) FROM (SELECT * FROM hako_customer_metrics EXCEPT ALL SELECT * FROM read_parquet(?)))
