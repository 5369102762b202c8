-- Sales = customers × frequency × unit price per month, this year and a year earlier, all buyers and
-- new / existing. Variables: hako_analysis_as_of, hako_decomposition_from and _to (first days of
-- months; the month before "from" is computed too, for the two-month check).
-- A month's window is the month, cut at as-of; its year-earlier window is the same month a year
-- earlier in full, or, when the month is cut at as-of, the same days a year earlier (29 Feb → 28 Feb).
CREATE OR REPLACE TEMP TABLE hako_decomp_windows AS
SELECT month, w_from, w_to,
       CAST(month - INTERVAL 1 YEAR AS DATE) AS ly_from,
       CASE WHEN w_to = last_day(month) THEN last_day(CAST(month - INTERVAL 1 YEAR AS DATE))
            ELSE CAST(w_to - INTERVAL 1 YEAR AS DATE) END AS ly_to
FROM (
    SELECT CAST(m AS DATE) AS month, CAST(m AS DATE) AS w_from,
           least(last_day(CAST(m AS DATE)), getvariable('hako_analysis_as_of')) AS w_to
    FROM generate_series(CAST(getvariable('hako_decomposition_from') - INTERVAL 1 MONTH AS TIMESTAMP),
                         CAST(getvariable('hako_decomposition_to') AS TIMESTAMP), INTERVAL 1 MONTH) g(m));

-- Totals per distinct window and new / existing. Whole months come from the facts' customers, orders
-- and sales per cohort and month (AnalysisFacts); a window cut short (at most two: the as-of month and
-- the same days a year earlier) from the purchases in it, with each buyer's first month from the facts.
CREATE OR REPLACE TEMP TABLE hako_decomp_totals AS
WITH intervals AS (
    SELECT w_from AS i_from, w_to AS i_to FROM hako_decomp_windows
    UNION
    SELECT ly_from, ly_to FROM hako_decomp_windows
),
whole AS (
    SELECT i.i_from, i.i_to, m.month = m.cohort AS is_new,
           sum(m.active) AS customers, sum(m.orders) AS orders, sum(m.sales) AS sales
    FROM intervals i JOIN hako_facts_cohort_months m ON m.month = i.i_from
    WHERE i.i_to = last_day(i.i_from)
    GROUP BY ALL
),
cut_intervals AS (
    SELECT * FROM intervals WHERE i_to < last_day(i_from)
),
cut AS (
    SELECT i.i_from, i.i_to, i.i_from = f.first_month AS is_new,
           count(DISTINCT p.customer_id) AS customers, count(*) AS orders, sum(p.amount) AS sales
    FROM cut_intervals i
    JOIN hako_bought(getvariable('hako_analysis_as_of')) p ON p.order_date BETWEEN i.i_from AND i.i_to
    JOIN hako_facts_customers f USING (customer_id)
    WHERE p.order_date >= (SELECT min(i_from) FROM cut_intervals)
    GROUP BY ALL
)
SELECT * FROM whole UNION ALL SELECT * FROM cut;

WITH by_buyers AS (
    SELECT i_from, i_to, 'all' AS buyers, sum(customers) AS customers, sum(orders) AS orders, sum(sales) AS sales
    FROM hako_decomp_totals GROUP BY ALL
    UNION ALL
    SELECT i_from, i_to, CASE WHEN is_new THEN 'new' ELSE 'existing' END, customers, orders, sales
    FROM hako_decomp_totals
)
SELECT w.month, b.buyers, w.w_from, w.w_to, w.ly_from, w.ly_to,
       CAST(coalesce(n.customers, 0) AS BIGINT) AS customers,
       CAST(coalesce(n.orders, 0) AS BIGINT) AS orders,
       CAST(coalesce(n.sales, 0) AS DECIMAL(18, 2)) AS sales,
       CAST(coalesce(l.customers, 0) AS BIGINT) AS customers_ly,
       CAST(coalesce(l.orders, 0) AS BIGINT) AS orders_ly,
       CAST(coalesce(l.sales, 0) AS DECIMAL(18, 2)) AS sales_ly
FROM hako_decomp_windows w
CROSS JOIN (VALUES ('all', 0), ('new', 1), ('existing', 2)) b(buyers, ord)
LEFT JOIN by_buyers n ON n.i_from = w.w_from AND n.i_to = w.w_to AND n.buyers = b.buyers
LEFT JOIN by_buyers l ON l.i_from = w.ly_from AND l.i_to = w.ly_to AND l.buyers = b.buyers
ORDER BY w.month, b.ord;
