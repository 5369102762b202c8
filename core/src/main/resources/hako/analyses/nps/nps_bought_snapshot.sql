-- The respondents' F and M at as-of, read from the stored customer table (MetricSnapshot.holdsPurchases).
CREATE OR REPLACE TEMP VIEW hako_nps_bought AS
SELECT customer_id, frequency AS f, monetary AS m
FROM customer_metrics
WHERE as_of = getvariable('hako_analysis_as_of') AND customer_id IN (SELECT customer_id FROM hako_nps_loyalty);
