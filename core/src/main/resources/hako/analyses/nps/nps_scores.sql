-- NPS over every answer on or before as-of (month NULL), and per month of answer.
SELECT CAST(date_trunc('month', responded_on) AS DATE) AS month,
       count(*) AS responses,
       count(*) FILTER (WHERE score >= 9) AS promoters,
       count(*) FILTER (WHERE score BETWEEN 7 AND 8) AS passives,
       count(*) FILTER (WHERE score <= 6) AS detractors
FROM nps_responses
WHERE responded_on <= getvariable('hako_analysis_as_of')
GROUP BY GROUPING SETS ((), (date_trunc('month', responded_on)))
ORDER BY month NULLS FIRST;
