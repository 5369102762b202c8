-- Per customer with a purchase at as-of: M and one flag per behaviour (BehaviourRules; variables
-- hako_heavy_orders, hako_heavy_window, hako_seasonal_percent, hako_seasonal_years, hako_bulk_items).
CREATE OR REPLACE TEMP TABLE hako_behaviour_flags AS
WITH p AS (
    SELECT customer_id, order_id, order_date, amount FROM hako_bought(getvariable('hako_analysis_as_of'))
),
per_customer AS (
    SELECT customer_id, count(*) AS f, sum(amount) AS m,
           count(*) FILTER (WHERE order_date > getvariable('hako_analysis_as_of') - getvariable('hako_heavy_window')) AS recent
    FROM p GROUP BY customer_id
),
by_month AS (
    SELECT customer_id, month(order_date) AS cal_month, count(*) AS orders, count(DISTINCT year(order_date)) AS years
    FROM p GROUP BY ALL
),
peak AS (
    SELECT customer_id, arg_min(orders, (-orders, cal_month)) AS orders, arg_min(years, (-orders, cal_month)) AS years
    FROM by_month GROUP BY customer_id
),
units AS (
    SELECT p.customer_id, sum(l.quantity) / count(DISTINCT p.order_id) AS per_order
    FROM p JOIN order_lines l USING (order_id)
    WHERE l.quantity IS NOT NULL
    GROUP BY p.customer_id
)
SELECT c.customer_id, c.m,
       c.recent >= getvariable('hako_heavy_orders') AS heavy,
       c.f = 1 AS one_time,
       c.f >= 2 AND k.years >= getvariable('hako_seasonal_years')
           AND k.orders * 100 >= getvariable('hako_seasonal_percent') * c.f AS seasonal,
       coalesce(u.per_order >= getvariable('hako_bulk_items'), false) AS bulk
FROM per_customer c JOIN peak k USING (customer_id) LEFT JOIN units u USING (customer_id);
