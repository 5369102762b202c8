-- Per stage: customers at as-of and a month before, and the last twelve months' sales (purchases after
-- as-of minus 12 months, through as-of) of the customers in it at as-of.
-- Variables: hako_as_of, hako_previous_as_of; hako_purchases as left by CustomerMetrics at hako_as_of.
WITH stages(stage, position) AS (
    VALUES ('acquisition', 1), ('activation', 2), ('retention', 3), ('churn_prevention', 4)
),
now AS (
    SELECT stage, count(*) AS customers
    FROM customer_metrics WHERE as_of = getvariable('hako_as_of') GROUP BY stage
),
month_ago AS (
    SELECT stage, count(*) AS customers
    FROM customer_metrics WHERE as_of = getvariable('hako_previous_as_of') GROUP BY stage
),
sales AS (
    SELECT m.stage, sum(p.amount) AS sales
    FROM hako_purchases p
    JOIN customer_metrics m ON m.customer_id = p.customer_id AND m.as_of = getvariable('hako_as_of')
    WHERE p.order_date > CAST(getvariable('hako_as_of') - INTERVAL 12 MONTH AS DATE)
    GROUP BY m.stage
)
SELECT s.stage,
       coalesce(now.customers, 0) AS customers,
       coalesce(month_ago.customers, 0) AS customers_month_ago,
       coalesce(sales.sales, 0) AS sales_12_months
FROM stages s
LEFT JOIN now USING (stage)
LEFT JOIN month_ago USING (stage)
LEFT JOIN sales USING (stage)
ORDER BY s.position
