-- Every customer's metrics at the as-of date (DOMAIN.md, "Definitions").
-- A purchase is an order with a customer, not cancelled, net amount > 0, on or before as-of.
-- Variables: hako_as_of (DATE), hako_acquisition_days, hako_churn_days, hako_retention_orders,
-- hako_top1, hako_top10, hako_top20 (percent).

-- M as DECIMAL(18, 2) (up to 10^16) keeps the sort keys 64-bit: ranking costs half of 128-bit sums.
CREATE OR REPLACE TEMP TABLE hako_customer_totals AS
SELECT customer_id,
       count(*) AS frequency,
       CAST(sum(amount) AS DECIMAL(18, 2)) AS monetary,
       min(order_date) AS first_purchase,
       max(order_date) AS last_purchase
FROM orders
WHERE customer_id IS NOT NULL AND NOT cancelled AND amount > 0
  AND order_date <= getvariable('hako_as_of')
GROUP BY customer_id;

-- N: customers with at least one purchase, the base of the TOP p% cut-offs.
SET VARIABLE hako_customers = (SELECT count(*) FROM hako_customer_totals);

CREATE OR REPLACE TEMP TABLE hako_customer_metrics AS
WITH ranked AS (
    SELECT *,
           row_number() OVER (ORDER BY monetary DESC, frequency DESC, last_purchase DESC, customer_id ASC) AS rank,
           date_diff('day', first_purchase, last_purchase) AS tenure_days,
           date_diff('day', last_purchase, getvariable('hako_as_of')) AS recency_days
    FROM hako_customer_totals
),
tiered AS (
    SELECT *,
           CASE WHEN rank <= ceil(getvariable('hako_customers') * getvariable('hako_top1') / 100) THEN 'top1'
                WHEN rank <= ceil(getvariable('hako_customers') * getvariable('hako_top10') / 100) THEN 'top10'
                WHEN rank <= ceil(getvariable('hako_customers') * getvariable('hako_top20') / 100) THEN 'top20'
           END AS tier
    FROM ranked
)
SELECT customer_id, frequency, monetary, first_purchase, last_purchase, tenure_days, recency_days, rank, tier,
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
