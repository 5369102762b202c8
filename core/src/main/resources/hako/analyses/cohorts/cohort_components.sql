-- Per cohort, its first 12 months (months 1–12, from the facts as cohort_cells.sql): orders, sales and
-- the customers who bought again in months 2–12; complete once month 12 has ended by as-of.
WITH continued AS (
    SELECT first_month AS cohort, count(*) FILTER (WHERE continued12) AS continued
    FROM hako_facts_customers GROUP BY first_month
)
SELECT m.cohort,
       sum(m.active) FILTER (WHERE m.month = m.cohort) AS customers,
       sum(m.orders) FILTER (WHERE date_diff('month', m.cohort, m.month) < 12) AS orders,
       CAST(sum(m.sales) FILTER (WHERE date_diff('month', m.cohort, m.month) < 12) AS DECIMAL(18, 2)) AS sales,
       any_value(c.continued) AS continued,
       last_day(CAST(m.cohort + INTERVAL 11 MONTH AS DATE)) <= getvariable('hako_analysis_as_of') AS complete
FROM hako_facts_cohort_months m JOIN continued c USING (cohort)
GROUP BY m.cohort
ORDER BY m.cohort;
