-- Cohorts: customers by first-purchase month. Month 1 is the first-purchase month itself (calendar
-- months), month k the (k-1)th calendar month after it. Variables: hako_analysis_as_of and
-- hako_cohort_months (how many months per cohort, 24 by default).
-- The Spark job's cohort table, computed from the orders through hako-spark's dialect shim (Spark's
-- hako_ macros in hako/spark/metrics_macros.sql). The embedded engine computes the same cells from its
-- stored per-customer facts (hako/analyses/cohorts/cohort_cells.sql); the equivalence tests
-- (BothEngines) require both to give identical cells.
-- hako_cohort_base: per customer and month of purchase, orders and sales, with the customer's cohort.
CREATE OR REPLACE TEMP TABLE hako_cohort_base AS
WITH per_month AS (
    SELECT customer_id, CAST(date_trunc('month', order_date) AS DATE) AS month, count(*) AS orders, sum(amount) AS sales
    FROM hako_bought(getvariable('hako_analysis_as_of'))
    GROUP BY ALL
)
SELECT customer_id, month, orders, sales, min(month) OVER (PARTITION BY customer_id) AS cohort
FROM per_month;

-- Every observed (cohort, month k) cell, also those where nobody bought; "complete" when the whole
-- calendar month is on or before as-of.
WITH sizes AS (
    SELECT cohort, count(*) AS customers FROM hako_cohort_base WHERE month = cohort GROUP BY cohort
),
cells AS (
    SELECT cohort, hako_months_between(cohort, month) + 1 AS month_no,
           count(*) AS active, sum(orders) AS orders, sum(sales) AS sales
    FROM hako_cohort_base
    WHERE hako_months_between(cohort, month) < getvariable('hako_cohort_months')
    GROUP BY ALL
),
grid AS (
    SELECT s.cohort, s.customers, CAST(k AS BIGINT) AS month_no
    FROM sizes s CROSS JOIN range(1, getvariable('hako_cohort_months') + 1) r(k)
    WHERE hako_add_months(s.cohort, k - 1) <= getvariable('hako_analysis_as_of')
)
SELECT g.cohort, g.customers, g.month_no,
       coalesce(c.active, 0) AS active,
       CAST(coalesce(c.orders, 0) AS BIGINT) AS orders,
       CAST(coalesce(c.sales, 0) AS DECIMAL(18, 2)) AS sales,
       CAST(sum(coalesce(c.sales, 0)) OVER (PARTITION BY g.cohort ORDER BY g.month_no) AS DECIMAL(18, 2)) AS cumulative_sales,
       last_day(hako_add_months(g.cohort, g.month_no - 1)) <= getvariable('hako_analysis_as_of') AS complete
FROM grid g LEFT JOIN cells c ON c.cohort = g.cohort AND c.month_no = g.month_no
ORDER BY g.cohort, g.month_no;
