-- Every customer's metrics at the as-of date (DOMAIN.md, "Definitions"). The one definition for both
-- engines: DuckDB runs it after metrics_macros.sql, Spark SQL through hako-spark's dialect shim (which
-- replaces getvariable(...) with literals and defines the hako_ macros its own way). Keep to SQL both
-- engines read; anything engine-specific belongs in a macro.
-- Variables: hako_as_of (DATE), hako_acquisition_days, hako_churn_days, hako_retention_orders,
-- hako_top1, hako_top10, hako_top20 (percent, DECIMAL(18, 8)). Reads the view hako_purchases (purchases.sql,
-- run first).

-- M as DECIMAL(18, 2) (up to 10^16): in cents it stays below 2^60, which DuckDB's hako_standing relies on.
CREATE OR REPLACE TEMP TABLE hako_customer_totals AS
SELECT customer_id,
       count(*) AS frequency,
       CAST(sum(amount) AS DECIMAL(18, 2)) AS monetary,
       min(order_date) AS first_purchase,
       max(order_date) AS last_purchase
FROM hako_purchases
WHERE customer_id IS NOT NULL
GROUP BY customer_id;

-- N: customers with at least one purchase, the base of the TOP p% cut-offs.
SET VARIABLE hako_customers = (SELECT count(*) FROM hako_customer_totals);

-- TOP p% = rank <= ceil(N * p / 100), the last rank of each tier. "* 0.01" keeps the product an exact
-- DECIMAL ("/ 100" would make it a DOUBLE), so a cut-off that is a whole number is never rounded up.
SET VARIABLE hako_top1_rank = CAST(ceil(getvariable('hako_customers') * getvariable('hako_top1') * 0.01) AS BIGINT);
SET VARIABLE hako_top10_rank = CAST(ceil(getvariable('hako_customers') * getvariable('hako_top10') * 0.01) AS BIGINT);
SET VARIABLE hako_top20_rank = CAST(ceil(getvariable('hako_customers') * getvariable('hako_top20') * 0.01) AS BIGINT);

-- The rank order: M desc, F desc, last purchase desc, customer id asc. The first three keys travel as one
-- value, "standing" (metrics_macros.sql: one integer on DuckDB), so only customers tied on all three
-- reach the customer id. first_purchase rides along as a last sort key that never decides (customer
-- ids are unique): DuckDB's window carries key columns much more cheaply than other columns.
-- rank is a BIGINT on every engine.
CREATE OR REPLACE TEMP TABLE hako_customer_metrics AS
WITH keyed AS (
    SELECT customer_id, first_purchase, hako_standing(monetary, frequency, last_purchase) AS standing
    FROM hako_customer_totals
),
ranked AS (
    SELECT customer_id, first_purchase,
           hako_standing_monetary(standing) AS monetary,
           hako_standing_frequency(standing) AS frequency,
           hako_standing_last_purchase(standing) AS last_purchase,
           CAST(row_number() OVER (ORDER BY standing DESC, customer_id ASC, first_purchase ASC) AS BIGINT) AS rank
    FROM keyed
),
tiered AS (
    SELECT *,
           hako_days_between(first_purchase, last_purchase) AS tenure_days,
           hako_days_between(last_purchase, getvariable('hako_as_of')) AS recency_days,
           CASE WHEN rank <= getvariable('hako_top1_rank') THEN 'top1'
                WHEN rank <= getvariable('hako_top10_rank') THEN 'top10'
                WHEN rank <= getvariable('hako_top20_rank') THEN 'top20'
           END AS tier
    FROM ranked
)
SELECT customer_id, frequency, CAST(monetary AS DECIMAL(18, 2)) AS monetary, first_purchase, last_purchase,
       tenure_days, recency_days, rank, tier,
       CASE WHEN tier IS NOT NULL THEN tier
            WHEN frequency = 1 THEN 'one_time'
            WHEN frequency < getvariable('hako_retention_orders') THEN 'two_three'
            ELSE 'repeater'
       END AS cluster,
       CASE WHEN recency_days > getvariable('hako_churn_days') THEN 'churn_prevention'
            WHEN frequency = 1 AND recency_days <= getvariable('hako_acquisition_days') THEN 'acquisition'
            WHEN frequency >= getvariable('hako_retention_orders') THEN 'retention'
            ELSE 'activation'
       END AS stage
FROM tiered;

DROP TABLE hako_customer_totals;
