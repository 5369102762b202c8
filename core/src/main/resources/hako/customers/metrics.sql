-- Every customer's metrics at the as-of date (DOMAIN.md, "Definitions").
-- A purchase is an order with a customer, not cancelled, net amount > 0, on or before as-of.
-- Variables: hako_as_of (DATE), hako_acquisition_days, hako_churn_days, hako_retention_orders,
-- hako_top1, hako_top10, hako_top20 (percent).
CREATE OR REPLACE TEMP TABLE hako_customer_metrics AS
WITH per_customer AS (
    SELECT customer_id,
           count(*) AS frequency,
           sum(amount) AS monetary,
           min(order_date) AS first_purchase,
           max(order_date) AS last_purchase
    FROM orders
    WHERE customer_id IS NOT NULL AND NOT cancelled AND amount > 0
      AND order_date <= getvariable('hako_as_of')
    GROUP BY customer_id
),
ranked AS (
    SELECT *,
           row_number() OVER (ORDER BY monetary DESC, frequency DESC, last_purchase DESC, customer_id ASC) AS rank,
           count(*) OVER () AS n
    FROM per_customer
),
tiered AS (
    SELECT *,
           date_diff('day', first_purchase, last_purchase) AS tenure_days,
           date_diff('day', last_purchase, getvariable('hako_as_of')) AS recency_days,
           CASE WHEN rank <= ceil(n * getvariable('hako_top1') / 100) THEN 'top1'
                WHEN rank <= ceil(n * getvariable('hako_top10') / 100) THEN 'top10'
                WHEN rank <= ceil(n * getvariable('hako_top20') / 100) THEN 'top20'
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
FROM tiered
