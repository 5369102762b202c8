-- The TOP1% and repeat buyers from the metrics just computed on this connection (hako_customer_metrics).
CREATE OR REPLACE TEMP VIEW hako_journey_who AS
SELECT customer_id, tier = 'top1' AS top1, frequency >= 2 AS repeater
FROM hako_customer_metrics WHERE tier = 'top1' OR frequency >= 2;
