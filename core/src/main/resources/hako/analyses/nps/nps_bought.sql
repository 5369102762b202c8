-- The respondents' F and M at as-of, from the facts (AnalysisFacts).
CREATE OR REPLACE TEMP VIEW hako_nps_bought AS
SELECT customer_id, f, m
FROM hako_facts_customers
WHERE customer_id IN (SELECT customer_id FROM hako_nps_loyalty);
