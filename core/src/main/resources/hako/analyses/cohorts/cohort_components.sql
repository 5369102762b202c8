-- Per cohort, its first 12 months (months 1–12, hako_cohort_base of cohort_cells.sql): orders, sales
-- and the customers who bought again in months 2–12; complete once month 12 has ended by as-of.
SELECT cohort,
       count(*) FILTER (WHERE month = cohort) AS customers,
       sum(orders) FILTER (WHERE date_diff('month', cohort, month) < 12) AS orders,
       CAST(sum(sales) FILTER (WHERE date_diff('month', cohort, month) < 12) AS DECIMAL(18, 2)) AS sales,
       count(DISTINCT customer_id) FILTER (WHERE date_diff('month', cohort, month) BETWEEN 1 AND 11) AS continued,
       last_day(CAST(cohort + INTERVAL 11 MONTH AS DATE)) <= getvariable('hako_analysis_as_of') AS complete
FROM hako_cohort_base
GROUP BY cohort
ORDER BY cohort;
