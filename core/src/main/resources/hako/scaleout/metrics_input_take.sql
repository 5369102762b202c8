-- The checked customer table (hako_metrics_input) becomes the connection's hako_customer_metrics, the
-- table MetricSnapshot stores, as if metrics.sql had just computed it.
CREATE OR REPLACE TEMP TABLE hako_customer_metrics AS SELECT * FROM hako_metrics_input ORDER BY rank;

DROP TABLE hako_metrics_input;
