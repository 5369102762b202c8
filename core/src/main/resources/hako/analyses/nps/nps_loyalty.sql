-- Each answering customer's loyalty from their latest answer on or before as-of:
-- high 9–10, mid 7–8, low 0–6.
CREATE OR REPLACE TEMP TABLE hako_nps_loyalty AS
SELECT customer_id,
       CASE WHEN score >= 9 THEN 'high' WHEN score >= 7 THEN 'mid' ELSE 'low' END AS loyalty
FROM (SELECT customer_id, arg_max(score, responded_on) AS score
      FROM nps_responses WHERE responded_on <= getvariable('hako_analysis_as_of')
      GROUP BY customer_id);
