-- Every customer's metrics at the as-of date (DOMAIN.md, "Definitions").
-- Variables: hako_as_of (DATE), hako_acquisition_days, hako_churn_days, hako_retention_orders,
-- hako_top1, hako_top10, hako_top20 (percent, DECIMAL(18, 8)).

-- The one definition of a purchase: an order not cancelled, net amount > 0, on or before as-of.
-- Orders that name no customer are purchases too, but belong to no customer's figures: every
-- query keeps them apart on customer_id. A view, so it reads the as-of of the current run.
CREATE OR REPLACE TEMP VIEW hako_purchases AS
SELECT order_id, customer_id, order_date, amount
FROM orders
WHERE NOT cancelled AND amount > 0 AND order_date <= getvariable('hako_as_of');

-- M as DECIMAL(18, 2) (up to 10^16): in cents it stays below 2^60, which the rank key below relies on.
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

-- The rank order (M desc, F desc, last purchase desc, customer id asc) as one integer and the id:
-- "standing" packs M in cents (< 10^18 < 2^60, as DECIMAL(18, 2) holds), F (< 2^35) and the last
-- purchase day (offset by 2^31, so dates before 1970 stay positive) into a HUGEINT, so that
-- "standing DESC" orders exactly as the three keys did; comparing one integer costs far less than
-- three columns. Only customers tied on all three reach the customer id.
-- first_purchase rides along as a last sort key that never decides (customer ids are unique):
-- DuckDB's window carries key columns much more cheaply than other columns. M, F and the last
-- purchase are read back from standing for the same reason.
CREATE OR REPLACE TEMP TABLE hako_customer_metrics AS
WITH keyed AS (
    SELECT customer_id, first_purchase,
           -- (cents on 64 bits below 10^14, where 128-bit decimal division would cost ~0.5 µs a customer)
           (CAST(CASE WHEN monetary < 100000000000000 THEN CAST(monetary * 100 AS BIGINT)
                      ELSE CAST(CAST(monetary AS DECIMAL(38, 2)) * 100 AS HUGEINT) END AS HUGEINT) << 67)
           + (CAST(CASE WHEN frequency < 34359738368 THEN frequency
                        ELSE error('more than 2^35 purchases by one customer') END AS HUGEINT) << 32)
           + (date_diff('day', DATE '1970-01-01', last_purchase) + 2147483648) AS standing
    FROM hako_customer_totals
),
ranked AS (
    SELECT customer_id, first_purchase,
           CAST(CAST(standing >> 67 AS BIGINT) AS DECIMAL(18, 0)) * 0.01 AS monetary,
           CAST((standing >> 32) & 34359738367 AS BIGINT) AS frequency,
           DATE '1970-01-01' + CAST((standing & 4294967295) - 2147483648 AS INTEGER) AS last_purchase,
           row_number() OVER (ORDER BY standing DESC, customer_id ASC, first_purchase ASC) AS rank
    FROM keyed
),
tiered AS (
    SELECT *,
           date_diff('day', first_purchase, last_purchase) AS tenure_days,
           date_diff('day', last_purchase, getvariable('hako_as_of')) AS recency_days,
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
