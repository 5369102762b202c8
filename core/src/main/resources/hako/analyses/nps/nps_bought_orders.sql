-- The respondents' F and M at as-of, counted from their purchases (no stored customer table holds the date).
CREATE OR REPLACE TEMP VIEW hako_nps_bought AS
SELECT customer_id, count(*) AS f, sum(amount) AS m
FROM hako_bought(getvariable('hako_analysis_as_of'))
WHERE customer_id IN (SELECT customer_id FROM hako_nps_loyalty)
GROUP BY customer_id;
