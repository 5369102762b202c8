-- nps_loyalty.sql, then the customers of group hako_loyalty with no purchase at as-of (absent from the
-- facts, AnalysisFacts, and so from the customer table), with their name and latest answer on or before as-of.
SELECT r.customer_id, any_value(c.name) AS name, arg_max(r.score, r.responded_on) AS score,
       max(r.responded_on) AS responded_on
FROM nps_responses r
JOIN hako_nps_loyalty l ON l.customer_id = r.customer_id AND l.loyalty = getvariable('hako_loyalty')
LEFT JOIN customers c ON c.customer_id = r.customer_id
WHERE r.responded_on <= getvariable('hako_analysis_as_of')
  AND r.customer_id NOT IN (SELECT customer_id FROM hako_facts_customers)
GROUP BY r.customer_id
ORDER BY r.customer_id;
