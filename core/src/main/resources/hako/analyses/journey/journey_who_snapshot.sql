-- The TOP1% and repeat buyers from the stored customer table at hako_journey_as_of.
CREATE OR REPLACE TEMP VIEW hako_journey_who AS
SELECT customer_id, tier = 'top1' AS top1, frequency >= 2 AS repeater
FROM customer_metrics
WHERE as_of = getvariable('hako_journey_as_of') AND (tier = 'top1' OR frequency >= 2);
