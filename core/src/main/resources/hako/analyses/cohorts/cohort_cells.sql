-- Cohorts: customers by first-purchase month. Month 1 is the first-purchase month itself (calendar
-- months), month k the (k-1)th calendar month after it. Variables: hako_analysis_as_of and
-- hako_cohort_months (how many months per cohort, 24 by default). Read from the facts' customers,
-- orders and sales per cohort and calendar month (hako_facts_cohort_months, AnalysisFacts).
-- Every observed (cohort, month k) cell, also those where nobody bought; "complete" when the whole
-- calendar month is on or before as-of.
WITH sizes AS (
    SELECT cohort, active AS customers FROM hako_facts_cohort_months WHERE month = cohort
),
cells AS (
    SELECT cohort, date_diff('month', cohort, month) + 1 AS month_no, active, orders, sales
    FROM hako_facts_cohort_months
    WHERE date_diff('month', cohort, month) < getvariable('hako_cohort_months')
),
grid AS (
    SELECT s.cohort, s.customers, CAST(k AS BIGINT) AS month_no
    FROM sizes s CROSS JOIN range(1, getvariable('hako_cohort_months') + 1) r(k)
    WHERE s.cohort + to_months(CAST(k - 1 AS INTEGER)) <= getvariable('hako_analysis_as_of')
)
SELECT g.cohort, g.customers, g.month_no,
       coalesce(c.active, 0) AS active,
       coalesce(c.orders, 0) AS orders,
       CAST(coalesce(c.sales, 0) AS DECIMAL(18, 2)) AS sales,
       CAST(sum(coalesce(c.sales, 0)) OVER (PARTITION BY g.cohort ORDER BY g.month_no) AS DECIMAL(18, 2)) AS cumulative_sales,
       last_day(CAST(g.cohort + to_months(CAST(g.month_no - 1 AS INTEGER)) AS DATE)) <= getvariable('hako_analysis_as_of') AS complete
FROM grid g LEFT JOIN cells c USING (cohort, month_no)
ORDER BY g.cohort, g.month_no;
